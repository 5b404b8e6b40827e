# A program in a sub-directory: it becomes tools/primes.wasm (and the class ...tools.Primes).
def primes(limit: int) -> list[int]:
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


found = primes(100)
print(len(found), found[-5:])
print(" ".join(str(p) for p in found if p % 10 == 3))
