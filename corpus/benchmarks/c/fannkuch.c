/* Fannkuch-redux: the same algorithm as ../fannkuch.py. */
#include <stdio.h>

#define MAXN 16

static int fannkuch(int n, int *max_flips_out) {
    int perm1[MAXN], count[MAXN], perm[MAXN];
    for (int i = 0; i < n; i++) perm1[i] = i;
    int max_flips = 0, checksum = 0, r = n;
    long permutations = 0;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0;
        int k = perm[0];
        while (k != 0) {
            for (int lo = 0, hi = k; lo < hi; lo++, hi--) {
                int t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) max_flips = flips;
        checksum += permutations % 2 == 0 ? flips : -flips;
        permutations++;
        for (;;) {
            if (r == n) { *max_flips_out = max_flips; return checksum; }
            int first = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = first;
            if (--count[r] > 0) break;
            r++;
        }
    }
}

int main(void) {
    int n = 9, flips;
    int checksum = fannkuch(n, &flips);
    printf("%d\n", checksum);
    printf("Pfannkuchen(%d) = %d\n", n, flips);
    return 0;
}
