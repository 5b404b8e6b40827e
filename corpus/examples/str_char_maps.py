# str methods that map characters one by one (expandtabs, translate, str.maketrans through an
# instance, splitlines with keepends) and the remaining predicates, on receivers whose type is
# known and on values that flow through a list (the runtime's method call by name).
lines = ["name\tqty\tprice", "apple\t3\t1.25", "kiwi\t12\t0.5", "a\tb\r\tc\n\td", "", "\t"]
for line in lines:
    print(repr(line.expandtabs()), repr(line.expandtabs(4)), repr(line.expandtabs(1)), repr(line.expandtabs(0)),
          repr(line.expandtabs(-2)), repr(line.expandtabs(True)))

text = "first\nsecond\r\nthird\rfourth\x0bfifth\x1c\u2028last\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(0), "".splitlines(1), "\n".splitlines(1))

table = "".maketrans("abc", "xyz", "!?")
print(sorted(table.items()))
print("a cab? bac!".translate(table))
print("hello world".translate({ord("l"): "L", ord("o"): None, ord(" "): 0x5f, 104: "Hh"}))
print("hello".translate({}), "".translate({1: 2}))
print("abc".translate(["A", None, "C"] * 40))
print("abc".translate("0123456789" * 10), "xyz".translate((None,) * 200))
swap = "".maketrans({"a": "b", "b": "a", 99: None, True: "!"})
print(sorted(swap.items()), "abcabc\x01".translate(swap))
print(sorted("".maketrans("\u00e9\u4e2d", "e\U0001f600").items()))

samples = ["Title Case Words", "not title", "ABC", "", "\u0661\u0662\u0663", "\u00bd", "12", "x\ty", "caf\u00e9",
           " ", "\x7f", "\u00a0", "\u00ad", "Hello World!", "A1 B2"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isnumeric(), s.isascii(), s.istitle(), s.isprintable(), repr(s.casefold()) if s.isascii() else "")

values = ["Tab\there", 3.5, "MIXED case", 12, True]
for v in values:
    if isinstance(v, str):
        print(v.expandtabs(2), v.casefold(), v.isprintable(), v.splitlines(True), v.translate({32: "_"}))
    else:
        print(v.conjugate(), v.as_integer_ratio())
