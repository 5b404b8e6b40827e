# int(x, base) and int(x, base=b): prefixes with base 0, underscores, whitespace, signs, bases 2
# to 36, and a bool as the base.
texts = ["ff", "FF", "0xff", "-0b101", " 0o17 ", "z", "1_000", "+7", "0_7"]
for t in texts:
    print(repr(t), int(t, 36), int(t, base=36) == int(t, 36))
print(int("ff", 16), int("0xff", 0), int("0b101", 0), int("777", 8), int("-1010", base=2), int("10", True + True))
print(int("123456789012345678901234567890", 10) * 2, int("zz", 36), int("0", 0), int("00", 0))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for b in [2, 3, 7, 16, 36]:
    print(b, int(digits[b - 1] * 3, b))
