# Composite Simpson integration of 4 / (1 + x^2) over [0, 1] (which is pi), many times over:
# pure float arithmetic in a counted loop.
# category: numeric


def f(x):
    return 4.0 / (1.0 + x * x)


def simpson(a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        if i % 2 == 1:
            total += 4.0 * f(x)
        else:
            total += 2.0 * f(x)
    return total * h / 3.0


def main():
    acc = 0.0
    for k in range(1, 21):
        acc += simpson(0.0, 1.0, 200000 + 2 * k)
    print(f"mean estimate of pi: {acc / 20.0:.12f}")


main()
