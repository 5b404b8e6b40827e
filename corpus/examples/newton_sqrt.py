# Newton's method: float square roots, cube roots and exact integer square roots of big numbers.


def sqrt(x, tolerance=1e-15):
    if x == 0:
        return 0.0
    guess = x if x > 1 else 1.0
    iterations = 0
    while True:
        better = (guess + x / guess) / 2
        iterations += 1
        if abs(better - guess) <= tolerance * better:
            return better
        guess = better
        if iterations > 100:
            return guess


def cbrt(x):
    y = x if x > 1 else 1.0
    for _ in range(60):
        y = y - (y * y * y - x) / (3 * y * y)
    return y


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for i in range(1, 11):
    r = sqrt(float(i))
    print(i, r, r * r, sqrt(i) == i ** 0.5)
print(sqrt(2.0), 2 ** 0.5)
print(sqrt(1e-10), sqrt(1e20), sqrt(0.0))
print(cbrt(27.0), cbrt(2.0), cbrt(1000.0))
print(isqrt(10**40), isqrt(2 * 10**40))
big = 12345678901234567890123456789
root = isqrt(big)
print(root, root * root <= big < (root + 1) * (root + 1))
print(isqrt(2**127 - 1))
print(f"{sqrt(2.0):.12f} {sqrt(3.0, tolerance=1e-6):.6f}")
