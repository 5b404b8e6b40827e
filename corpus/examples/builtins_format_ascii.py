# The builtins format(value[, spec]), ascii(value) and callable(value) on values of every built-in
# type, known and unknown at compile time.
values = [42, -7, 3.14159, 1e100, True, None, "caf\u00e9", "\u4e2d\U0001f600", [1, "\u00e9"], (2.5, "x"),
          {"k\u00e9": [1]}, {3}, range(3), "tab\there", ""]
for v in values:
    print(format(v), "|", ascii(v), "|", callable(v))
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".2f"), format("ab", ">5"), format(1234567, ","))
print(format(True, "d"), format(0.5, "%"), format("x", ""), format(12, ""), format(-2.5e-8, "e"))
specs = ["", ">8", "^9", "08.3f"]
for s in specs:
    print(repr(format(2.75, s)), repr(format(-3, s.replace(".3f", "d"))))
print(ascii("\x00\x7f\x80\xff\u0100\uffff\U00010000"), ascii("plain 'quoted' \"text\""))
print(callable(len("abc")), callable(print("inner")))
