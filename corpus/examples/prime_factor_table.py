# Prime factorizations as dicts of exponents: divisor counts and sums, gcd and lcm from exponents,
# perfect and abundant numbers, and the smallest number with many divisors.
# corpus-engine: compiler


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show(factors):
    return " * ".join(str(p) if e == 1 else f"{p}^{e}" for p, e in sorted(factors.items())) or "1"


def divisor_count(factors):
    total = 1
    for e in factors.values():
        total *= e + 1
    return total


def divisor_sum(factors):
    total = 1
    for p, e in factors.items():
        total *= (p ** (e + 1) - 1) // (p - 1)
    return total


def divisors(factors):
    out = [1]
    for p, e in sorted(factors.items()):
        out = [d * p ** k for d in out for k in range(e + 1)]
    return sorted(out)


for n in [1, 2, 12, 60, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    f = factorize(n)
    print(f"{n:>13} = {show(f):<24} divisors {divisor_count(f):>3}  sigma {divisor_sum(f)}")
print("divisors of 360:", divisors(factorize(360)))

a, b = factorize(504), factorize(540)
g = {p: min(a[p], b[p]) for p in a if p in b}
l = dict(a)
for p, e in b.items():
    l[p] = max(l.get(p, 0), e)


def value(factors):
    total = 1
    for p, e in factors.items():
        total *= p ** e
    return total


print("gcd(504, 540) =", show(g), "=", value(g), "lcm =", show(l), "=", value(l), value(g) * value(l) == 504 * 540)

perfect = []
for n in range(2, 10001):
    if divisor_sum(factorize(n)) - n == n:
        perfect.append(n)
print("perfect numbers below 10000:", perfect)
abundant = [n for n in range(2, 100) if divisor_sum(factorize(n)) - n > n]
print("abundant below 100:", abundant)
best = max(range(1, 5001), key=lambda n: (divisor_count(factorize(n)), -n))
print("most divisors up to 5000:", best, show(factorize(best)), divisor_count(factorize(best)))
omega = {}
for n in range(2, 1001):
    k = len(factorize(n))
    omega[k] = omega.get(k, 0) + 1
print("distinct prime factors, 2..1000:", dict(sorted(omega.items())))
