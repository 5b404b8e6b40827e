# str.format_map(mapping): fields named by keys looked up in the mapping itself (no copy), specs
# and conversions, indexes into the values, and a list or str as the mapping for [index] fields.
record = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "score": 97.5}
templates = ["{name} is {age}", "{name!r:>8}|{score:.1f}|{langs[1]}", "{{literal}} {age:04d}", "{langs}", ""]
for t in templates:
    print(repr(t.format_map(record)))
print("{0[1]}".format("xy"), "{a}{b}".format_map({"a": 1, "b": 2, "c": 3}))
rows = [{"k": i, "v": i * i} for i in range(3)]
for r in rows:
    print("{k}^2={v:>2}".format_map(r))
print("no fields".format_map([]), "no fields".format_map(5))
