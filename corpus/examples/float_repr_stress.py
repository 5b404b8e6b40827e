# Shortest round-trip repr over many computed floats: fractions, powers of two and ten, sums.

for i in range(1, 30):
    print(i / 7, i * 0.1, 1 / (i * 3), end=" ")
    print(2.0 ** -i, 10.0 ** i, 10.0 ** -i)
x = 0.0
for i in range(20):
    x += 0.1 * i
    print(x, -x / 3, x * x, end="|")
print()
for e in range(280, 310, 3):
    print(2.0 ** (e - 300) * 1.5, 10.0 ** e, 1.0 / 10.0 ** e)
print(1e-320, 4e-320, 2.5e-323, 1e-310 / 3)
print(0.1 + 0.7, 0.1 * 0.1, 4.35 * 100, 1.15 * 100, 2.675 * 100)
print(1e15 + 0.3, 1e16 + 2.0, 1e17 / 3, 123456789012345680.0, 0.000123456789)
print(3.0e-5, 3.5e-5, 1.0e-4 * 3, 99999999999999990.0, 1234567890123456789.0)
