# Longest Collatz chain below a bound: integer division, parity tests, branchy loops.
# category: numeric


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    limit = 120000
    best = 1
    best_start = 1
    total = 0
    for start in range(1, limit):
        length = chain_length(start)
        total += length
        if length > best:
            best = length
            best_start = start
    print(f"longest chain below {limit}: starts at {best_start}, {best} terms")
    print(f"total terms: {total}")


main()
