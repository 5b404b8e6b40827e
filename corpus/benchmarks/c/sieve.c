/* Sieve of Eratosthenes, repeated: the same algorithm as ../sieve.py. */
#include <stdio.h>
#include <stdlib.h>

static long count_primes(long limit) {
    char *flags = malloc(limit + 1);
    for (long k = 0; k <= limit; k++) flags[k] = 1;
    flags[0] = 0;
    flags[1] = 0;
    for (long i = 2; i * i <= limit; i++)
        if (flags[i])
            for (long j = i * i; j <= limit; j += i) flags[j] = 0;
    long count = 0;
    for (long k = 0; k <= limit; k++) count += flags[k];
    free(flags);
    return count;
}

int main(void) {
    long total = 0;
    for (long r = 0; r < 20; r++) total += count_primes(200000 + r);
    printf("primes counted: %ld\n", total);
    printf("primes below 200000: %ld\n", count_primes(200000));
    return 0;
}
