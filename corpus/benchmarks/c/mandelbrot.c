/* Mandelbrot set on a grid: the same algorithm as ../mandelbrot.py. */
#include <stdio.h>

static int escape_time(double cr, double ci, int limit) {
    double zr = 0.0, zi = 0.0;
    for (int i = 0; i < limit; i++) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) return i;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    return limit;
}

int main(void) {
    int width = 480, height = 320, limit = 100;
    long inside = 0, total = 0;
    for (int y = 0; y < height; y++) {
        double ci = 2.4 * y / height - 1.2;
        for (int x = 0; x < width; x++) {
            double cr = 3.2 * x / width - 2.2;
            int n = escape_time(cr, ci, limit);
            total += n;
            if (n == limit) inside++;
        }
    }
    printf("points inside: %ld\n", inside);
    printf("total iterations: %ld\n", total);
    return 0;
}
