# Factorials well past 64 bits: exact values, trailing zeros and digit statistics.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def factorial_rec(n):
    return 1 if n <= 1 else n * factorial_rec(n - 1)


def trailing_zeros(n):
    zeros = 0
    while n % 10 == 0 and n > 0:
        zeros += 1
        n //= 10
    return zeros


def legendre(n, p):
    # Exponent of the prime p in n!
    e = 0
    q = p
    while q <= n:
        e += n // q
        q *= p
    return e


for n in range(0, 31, 5):
    print(f"{n}! = {factorial(n)}")
print(factorial(30) == factorial_rec(30))

f100 = factorial(100)
print("100! =", f100)
print("trailing zeros:", trailing_zeros(f100), legendre(100, 5))
total = 0
m = f100
while m:
    total += m % 10
    m //= 10
print("digit sum of 100!:", total)
print("100! // 98! =", f100 // factorial(98))
print("50! % 1000000007 =", factorial(50) % 1000000007)
print("-(25!) =", -factorial(25))
print("20! fits in 63 bits:", factorial(20) < 2**63, factorial(21) < 2**63)
