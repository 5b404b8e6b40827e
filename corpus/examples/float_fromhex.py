# float.fromhex on the type and on an instance, round trips with float.hex, rounding half-even at
# the last bit kept (subnormals too), infinities, NaN, whitespace and signs.
texts = ["0x1.8p1", "1.8p1", "-0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", " 0x10.4 ", "ff",
         "0x.8", "0x8.", "0", "-0", "inf", "-Infinity", "nan", "0x1.fffffffffffff7ffp1023", "0x1.00000000000008p0",
         "0x1.00000000000018p0", "0x123456789abcdef0123p-20", "0x0p99999", "0x1p-9999999999"]
for t in texts:
    print(repr(t), repr(float.fromhex(t)))
values = [0.1, -2.5, 1e308, 5e-324, 2.0 ** -1022, 123456.789, 1 / 3]
for v in values:
    print(v.hex(), float.fromhex(v.hex()) == v, (0.0).fromhex(v.hex()) == v)
