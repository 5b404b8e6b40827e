# Float repr edge cases: CPython prints the shortest string that reads back to the same double.

print(0.1 + 0.2)
print(0.1 * 3, 0.3, 1 - 0.9)
print(1e16, 1e15, 1e-5, 1e-4, 0.0001, 0.00001)
print(123456789.0 * 1e10)
print(1e22, 1e23, 1.5e300 * 1e8)
print(-0.0, 0.0 * -1, -0.0 + 0.0, 0.0 == -0.0)
print(float('inf'), -float('inf'), float('-inf') < -1e308)
print(float('inf') - float('inf'), float('nan') == float('nan'))
print(1 / 3, 2 / 3, 10 / 3, 100 / 7)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(1.7976931348623157e308 * 10, -1e308 * 10)
print(100.0, 1e2, 12345.678, 0.5, 2.5e-7)
print(9007199254740993.0, 9007199254740992.0 + 1, 2.0**53 + 2)
print(1.1 * 1.1, 3.3 / 1.1, 0.7 + 0.1, 0.8 - 0.1)
print(str(1e16), str(0.1), str(-2.5), str(1e100))
print(f"{1e-7!r}", f"{1e21!r}", f"{1e-7!s}", f"{-0.0!r}")
print(float(7), float(-3), float(10**20), float(2**63))
x = 1.0
for i in range(12):
    x /= 10
    print(x, end=" ")
print()
y = 1.0
for i in range(25):
    y *= 10
    if i > 12:
        print(y, end=" ")
print()
h = 0.0
for i in range(10):
    h += 0.1
print(h, h == 1.0, round(h, 10) == 1.0)
