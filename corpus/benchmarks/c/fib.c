/* Recursive Fibonacci: the same algorithm as ../fib.py. */
#include <stdio.h>

static long fib(long n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    long n = 28, total = 0;
    for (long k = n; k < n + 5; k++) total += fib(k);
    printf("sum of fib(%ld..%ld) = %ld\n", n, n + 4, total);
    return 0;
}
