/* Composite Simpson integration of 4 / (1 + x^2): the same algorithm as ../integrate.py. */
#include <stdio.h>

static double f(double x) { return 4.0 / (1.0 + x * x); }

static double simpson(double a, double b, long n) {
    double h = (b - a) / n;
    double total = f(a) + f(b);
    for (long i = 1; i < n; i++) {
        double x = a + i * h;
        if (i % 2 == 1) total += 4.0 * f(x);
        else total += 2.0 * f(x);
    }
    return total * h / 3.0;
}

int main(void) {
    double acc = 0.0;
    for (long k = 1; k < 21; k++) acc += simpson(0.0, 1.0, 200000 + 2 * k);
    printf("mean estimate of pi: %.12f\n", acc / 20.0);
    return 0;
}
