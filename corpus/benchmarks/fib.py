# Recursive Fibonacci: call overhead and small-integer arithmetic.
# category: numeric


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 28
    total = 0
    for k in range(n, n + 5):
        total += fib(k)
    print(f"sum of fib({n}..{n + 4}) = {total}")


main()
