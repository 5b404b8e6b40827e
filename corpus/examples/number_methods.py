# The methods of int, bool and float called by name: conjugate, as_integer_ratio (exact, in lowest
# terms) and float.hex (CPython's layout, subnormals with a leading 0).
ints = [0, 7, -12, 2 ** 80, -(3 ** 50), True, False]
for i in ints:
    print(repr(i), repr(i.conjugate()), i.as_integer_ratio())
floats = [0.0, -0.0, 2.5, -0.1, 0.1, 1 / 3, 1e300, 5e-324, 2.0 ** -1022, 1e308, 123456.789, -7.0, float("inf"),
          float("-inf"), float("nan"), 2.0 ** 52 + 1]
for x in floats:
    print(repr(x), repr(x.conjugate()), x.hex())
for x in floats[:12]:
    n, d = x.as_integer_ratio()
    print(n, d, n / d == x)
mixed = [3, 2.75, False]
for v in mixed:
    print(v.as_integer_ratio(), v.conjugate())
