/* Monte Carlo estimate of pi: the same algorithm as ../lcg_pi.py (unsigned 64-bit arithmetic
   wraps modulo 2^64, which is what the Python version computes with its explicit modulus). */
#include <stdint.h>
#include <stdio.h>

static long estimate(long samples, uint64_t seed) {
    uint64_t state = seed;
    long hits = 0;
    for (long s = 0; s < samples; s++) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        double x = (double)(state >> 11) / 9007199254740992.0;
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        double y = (double)(state >> 11) / 9007199254740992.0;
        if (x * x + y * y < 1.0) hits++;
    }
    return hits;
}

int main(void) {
    long samples = 1000000;
    long hits = estimate(samples, 42);
    printf("hits: %ld of %ld\n", hits, samples);
    printf("pi ~ %.6f\n", 4.0 * hits / samples);
    return 0;
}
