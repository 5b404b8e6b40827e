# Monte Carlo estimate of pi driven by a hand-written linear congruential generator:
# 64-bit modular integer arithmetic mixed with float conversion.
# category: numeric


def estimate(samples, seed):
    state = seed
    hits = 0
    for _ in range(samples):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        x = (state >> 11) / 9007199254740992.0
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        y = (state >> 11) / 9007199254740992.0
        if x * x + y * y < 1.0:
            hits += 1
    return hits


def main():
    samples = 1000000
    hits = estimate(samples, 42)
    print(f"hits: {hits} of {samples}")
    print(f"pi ~ {4.0 * hits / samples:.6f}")


main()
