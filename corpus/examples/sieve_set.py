# Primes with sets: a sieve that removes multiples from a set of ints, twin primes, Goldbach pairs.

LIMIT = 200

candidates = set(range(2, LIMIT + 1))
for p in range(2, 15):
    if p in candidates:
        candidates -= set(range(p * p, LIMIT + 1, p))
primes = sorted(candidates)
print("primes up to", LIMIT, ":", len(primes))
print(primes[:25])
print("the set itself, small part:", {p for p in candidates if p < 40})

flags = [True] * (LIMIT + 1)
flags[0] = flags[1] = False
for i in range(2, 15):
    if flags[i]:
        for j in range(i * i, LIMIT + 1, i):
            flags[j] = False
print("list sieve agrees:", [i for i, f in enumerate(flags) if f] == primes)

twins = [(p, p + 2) for p in primes if p + 2 in candidates]
print("twin primes:", twins)
print("prime gaps:", sorted(set(b - a for a, b in zip(primes, primes[1:]))))

for n in [4, 28, 100, 128, 200]:
    pairs = [(p, n - p) for p in primes if p <= n - p and n - p in candidates]
    print("goldbach", n, len(pairs), pairs[:4])

composites = set(range(2, LIMIT + 1)) - candidates
print("composites:", len(composites), "sum check:", len(composites) + len(primes) == LIMIT - 1)
odd = {n for n in range(3, 60, 2)}
print("odd composites below 60:", sorted(odd - candidates))
semiprimes = {p * q for p in primes for q in primes if p <= q and p * q <= 60}
print("semiprimes up to 60:", sorted(semiprimes))
print("is 97 prime?", 97 in candidates, "is 91?", 91 in candidates)
digits_primes = {p for p in primes if sum(int(d) for d in str(p)) in candidates}
print("primes whose digit sum is prime:", len(digits_primes), sorted(digits_primes)[:10])
emirps = sorted(p for p in primes if p > 10 and int(str(p)[::-1]) != p and int(str(p)[::-1]) in candidates)
print("emirps:", emirps)
