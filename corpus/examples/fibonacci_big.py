# Fibonacci numbers by iteration, fast doubling and modulo m (Pisano periods).
# corpus-engine: compiler


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    # F(2k) = F(k) * (2F(k+1) - F(k)),  F(2k+1) = F(k)^2 + F(k+1)^2
    if n == 0:
        return 0
    a, b = 0, 1
    bit = 1
    while bit * 2 <= n:
        bit *= 2
    while bit > 0:
        c = a * (2 * b - a)
        d = a * a + b * b
        if n & bit:
            a, b = d, c + d
        else:
            a, b = c, d
        bit //= 2
    return a


def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if a == 0 and b == 1:
            return i
    return -1


for n in range(0, 95, 10):
    print(n, fib(n))
print("fib(100) =", fib(100))
print("fib(300) =", fib(300))
print("doubling agrees:", fib_doubling(300) == fib(300), fib_doubling(1) == 1)


def count_digits(n):
    d = 0
    while n > 0:
        n //= 10
        d += 1
    return d


f1000 = fib_doubling(1000)
print("fib(1000) has", count_digits(f1000), "digits; last ten:", f1000 % 10**10)
for m in range(2, 12):
    print("pisano(" + str(m) + ") =", pisano(m))
print("fib(10**5) mod 10**9+7 =", fib_doubling(10**5) % (10**9 + 7))
