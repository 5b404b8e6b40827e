# Root finding: bisection, the secant method and Newton's method on the same polynomial.


def f(x):
    return x * x * x - x - 2


def df(x):
    return 3 * x * x - 1


steps = 0


def bisect(lo, hi, tol=1e-12):
    global steps
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2


def secant(x0, x1, tol=1e-12, max_steps=50):
    global steps
    steps = 0
    for step in range(1, max_steps + 1):
        steps = step
        f0 = f(x0)
        f1 = f(x1)
        if f1 == f0:
            return x1
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1
    return x1


def newton(x, tol=1e-12):
    global steps
    steps = 0
    while True:
        step = f(x) / df(x)
        x -= step
        steps += 1
        if abs(step) < tol or steps >= 100:
            return x


root = bisect(1.0, 2.0)
print("bisection:", root, "in", steps, "steps")
root2 = secant(1.0, 2.0)
print("secant:", root2, "in", steps, "steps")
root3 = newton(1.5)
print("newton:", root3, "in", steps, "steps")
print(f"{root:.10f} {root2:.10f} {root3:.10f}", abs(f(root3)) < 1e-12)
coarse = bisect(1.0, 2.0, tol=0.01)
print("coarse:", coarse, steps)
