# Continued fractions of square roots, Pell equation solutions and rational approximations.


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def pell(d, want_y=False):
    # Smallest x (or y) with x*x - d*y*y == 1, from the convergents of sqrt(d).
    a0 = isqrt(d)
    m, den, a = 0, 1, a0
    p_prev, p = 1, a0
    q_prev, q = 0, 1
    while p * p - d * q * q != 1:
        m = den * a - m
        den = (d - m * m) // den
        a = (a0 + m) // den
        p_prev, p = p, a * p + p_prev
        q_prev, q = q, a * q + q_prev
    return q if want_y else p


def period(d):
    a0 = isqrt(d)
    if a0 * a0 == d:
        return 0
    m, den, a = 0, 1, a0
    length = 0
    while a != 2 * a0:
        m = den * a - m
        den = (d - m * m) // den
        a = (a0 + m) // den
        length += 1
    return length


for d in range(2, 16):
    if isqrt(d) ** 2 == d:
        continue
    x = pell(d)
    y = pell(d, want_y=True)
    print(f"d={d:2d} x={x:<6d} y={y:<5d} period={period(d)}")
x = pell(61)
y = pell(61, True)
print("pell 61:", x, y, x * x - 61 * y * y)
print("pell 109:", pell(109), pell(109, want_y=True))

# Convergents of the golden ratio are ratios of Fibonacci numbers.
p, q = 1, 1
for i in range(30):
    p, q = p + q, p
print(p, q, p / q, (1 + 5**0.5) / 2)
# Convergents of pi from its first continued fraction terms 3; 7, 15, 1, 292.
h0, h1 = 1, 3
k0, k1 = 0, 1
for a in range(4):
    term = 7 if a == 0 else 15 if a == 1 else 1 if a == 2 else 292
    h0, h1 = h1, term * h1 + h0
    k0, k1 = k1, term * k1 + k0
    print(f"{h1}/{k1} = {h1 / k1!r}")
