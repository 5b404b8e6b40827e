# Recursion several hundred calls deep (CPython allows 1000 frames): sums, digit walks, Euclid.


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


def count_digits(n):
    return 1 if n < 10 else 1 + count_digits(n // 10)


def power(base, exp):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


def gcd_steps(a, b, depth):
    if b == 0:
        return depth
    return gcd_steps(b, a % b, depth + 1)


print(sum_to(900), sum_to(900) == 900 * 901 // 2)
print(count_digits(10**800), count_digits(7**900))
print(power(3, 500) == 3**500, power(2, 900) % 1000003, power(1.0001, 900))
fa, fb = 1, 1
for i in range(400):
    fa, fb = fb, fa + fb
print(gcd_steps(fb, fa, 0))
