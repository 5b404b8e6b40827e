# Numeric integration: midpoint, trapezoid and Simpson's rule on a few smooth functions.


def f_square(x):
    return x * x


def f_arctan_deriv(x):
    return 1 / (1 + x * x)


def f_cubic(x):
    return x * x * x - 2 * x + 1


def apply(which, x):
    if which == 0:
        return f_square(x)
    elif which == 1:
        return f_arctan_deriv(x)
    else:
        return f_cubic(x)


def midpoint(which, a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        total += apply(which, a + (i + 0.5) * h)
    return total * h


def trapezoid(which, a, b, n):
    h = (b - a) / n
    total = (apply(which, a) + apply(which, b)) / 2
    for i in range(1, n):
        total += apply(which, a + i * h)
    return total * h


def simpson(which, a, b, n=10):
    if n % 2 == 1:
        n += 1
    h = (b - a) / n
    total = apply(which, a) + apply(which, b)
    for i in range(1, n):
        weight = 4 if i % 2 == 1 else 2
        total += weight * apply(which, a + i * h)
    return total * h / 3


for n in range(2, 11, 4):
    print(n, midpoint(0, 0.0, 1.0, n), trapezoid(0, 0.0, 1.0, n), simpson(0, 0.0, 1.0, n))
print("pi ~", 4 * simpson(1, 0.0, 1.0, n=100), 4 * trapezoid(1, 0.0, 1.0, 100))
print("cubic", simpson(2, -1.0, 2.0), midpoint(2, -1.0, 2.0, 1000))
for n in range(10, 41, 10):
    approx = 4 * simpson(1, 0.0, 1.0, n)
    print(f"n={n:3d} simpson {approx:.14f} off by {abs(approx - 3.141592653589793):.14f}")
