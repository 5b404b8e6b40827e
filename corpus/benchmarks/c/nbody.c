/* N-body simulation of the Jovian planets: the same algorithm as ../nbody.py. */
#include <math.h>
#include <stdio.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define N 5

static double b[N][7] = {
    {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(void) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < N; i++) {
        px += b[i][3] * b[i][6];
        py += b[i][4] * b[i][6];
        pz += b[i][5] * b[i][6];
    }
    b[0][3] = -px / SOLAR_MASS;
    b[0][4] = -py / SOLAR_MASS;
    b[0][5] = -pz / SOLAR_MASS;
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < N; i++) {
        double *a = b[i];
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5]);
        for (int j = i + 1; j < N; j++) {
            double dx = a[0] - b[j][0], dy = a[1] - b[j][1], dz = a[2] - b[j][2];
            e -= a[6] * b[j][6] / pow(dx * dx + dy * dy + dz * dz, 0.5);
        }
    }
    return e;
}

static void advance(double dt, long steps) {
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < N; i++) {
            double *a = b[i];
            for (int j = i + 1; j < N; j++) {
                double *c = b[j];
                double dx = a[0] - c[0], dy = a[1] - c[1], dz = a[2] - c[2];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * pow(d2, 0.5));
                double bm = c[6] * mag, am = a[6] * mag;
                a[3] -= dx * bm; a[4] -= dy * bm; a[5] -= dz * bm;
                c[3] += dx * am; c[4] += dy * am; c[5] += dz * am;
            }
        }
        for (int i = 0; i < N; i++) {
            b[i][0] += dt * b[i][3];
            b[i][1] += dt * b[i][4];
            b[i][2] += dt * b[i][5];
        }
    }
}

int main(void) {
    offset_momentum();
    printf("%.9f\n", energy());
    advance(0.01, 100000);
    printf("%.9f\n", energy());
    return 0;
}
