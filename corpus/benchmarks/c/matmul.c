/* Dense matrix multiplication: the same algorithm as ../matmul.py. */
#include <stdio.h>
#include <stdlib.h>

static double *make_matrix(int n, unsigned long long seed) {
    double *m = malloc(sizeof(double) * n * n);
    unsigned long long state = seed;
    for (int i = 0; i < n * n; i++) {
        state = (state * 1103515245ULL + 12345ULL) % 2147483648ULL;
        m[i] = (double)(state % 1000) / 100.0 - 5.0;
    }
    return m;
}

int main(void) {
    int n = 210;
    double *a = make_matrix(n, 1), *b = make_matrix(n, 2);
    double *c = calloc((size_t)n * n, sizeof(double));
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    double trace = 0.0, total = 0.0;
    for (int i = 0; i < n; i++) {
        trace += c[i * n + i];
        for (int j = 0; j < n; j++) total += c[i * n + j];
    }
    printf("trace: %.6f\n", trace);
    printf("sum: %.6f\n", total);
    return 0;
}
