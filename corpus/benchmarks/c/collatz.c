/* Longest Collatz chain below a bound: the same algorithm as ../collatz.py. */
#include <stdio.h>

static long chain_length(long long n) {
    long steps = 1;
    while (n != 1) {
        if (n % 2 == 0) n = n / 2;
        else n = 3 * n + 1;
        steps++;
    }
    return steps;
}

int main(void) {
    long limit = 120000, best = 1, best_start = 1;
    long long total = 0;
    for (long start = 1; start < limit; start++) {
        long length = chain_length(start);
        total += length;
        if (length > best) { best = length; best_start = start; }
    }
    printf("longest chain below %ld: starts at %ld, %ld terms\n", limit, best_start, best);
    printf("total terms: %lld\n", total);
    return 0;
}
