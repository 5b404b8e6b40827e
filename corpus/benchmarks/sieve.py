# Sieve of Eratosthenes, repeated: list indexing and stores in nested loops.
# category: numeric


def count_primes(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    return count


def main():
    total = 0
    for r in range(20):
        total += count_primes(200000 + r)
    print(f"primes counted: {total}")
    print(f"primes below 200000: {count_primes(200000)}")


main()
