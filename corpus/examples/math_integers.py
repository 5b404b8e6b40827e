# The exact integer functions of math: factorials, binomials, permutations, gcd/lcm, isqrt,
# floor/ceil of large floats, prod, and their errors.
import math
from math import comb, factorial, gcd

print(factorial(0), factorial(20), factorial(25))
print(len(str(factorial(500))), factorial(100) % 1000003)
print([comb(10, k) for k in range(11)])
print(comb(100, 50), comb(5, 7), math.perm(10), math.perm(10, 3), math.perm(3, 5))
print(gcd(), gcd(0, 0), gcd(12, -18), gcd(2**100, 6**50), gcd(21, 14, 35))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(2**40, 3**20), math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**50), math.isqrt(2**127 - 1))
print(math.floor(1e300) == int(1e300), math.ceil(-2.5), math.floor(-0.0), math.trunc(2.9e20), math.ceil(7))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 3]), math.prod([2, 3], start=10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10))
print(math.frexp(0.0), math.frexp(-8.0), math.modf(-3.25), math.ldexp(3, -2), math.copysign(1, -0.0))
for bad in [-1, 2.5, "3"]:
    try:
        print(factorial(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for n, k in [(-1, 2), (5, -1), (4.0, 2)]:
    try:
        print(comb(n, k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.isqrt(-4)
except ValueError as e:
    print("isqrt:", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("floor:", e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print("ceil:", e)
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(5, 5), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-3.5))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
try:
    math.remainder(1, 0)
except ValueError as e:
    print("remainder:", e)
