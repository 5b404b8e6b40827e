# str.isidentifier(): XID_Start or '_' first, XID_Continue after (Unicode 14), keywords included,
# on names read from a list (so the receiver's type is known only at run time).
names = ["x", "_private", "__dunder__", "snake_case2", "2fast", "", "with space", "class", "None", "caf\u00e9",
         "\u00e9t\u00e9", "\u4e2d\u6587", "\u2118", "x\u00b7y", "\u00b7x", "a-b", "\u0660", "a\u0660", "\U0001d400",
         "\uff3fx", "\u212e", "a\u200db", "\u309b", "tab\t", "\u1885", "\u2e2f"]
for n in names:
    print(repr(n), n.isidentifier())
mixed = ["ok_name", 3, "bad name"]
for v in mixed:
    if isinstance(v, str):
        print(v, v.isidentifier())
