/* bigint.c: magnitude arithmetic on little-endian arrays of 32-bit limbs (no __int128 on wasm32:
 * every double-limb product fits in a uint64). Signs and tagging live in int.c. */
#include "rt.h"

int32_t mag_norm(const uint32_t *a, int32_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

int mag_cmp(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb) {
    na = mag_norm(a, na); nb = mag_norm(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (int32_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* out needs max(na, nb) + 1 limbs; may alias a. */
int32_t mag_add(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    if (na < nb) { const uint32_t *t = a; a = b; b = t; int32_t tn = na; na = nb; nb = tn; }
    uint64_t c = 0;
    int32_t i = 0;
    for (; i < nb; i++) { c += (uint64_t)a[i] + b[i]; out[i] = (uint32_t)c; c >>= 32; }
    for (; i < na; i++) { c += a[i]; out[i] = (uint32_t)c; c >>= 32; }
    out[i] = (uint32_t)c;
    return mag_norm(out, na + 1);
}

/* a >= b required; out needs na limbs; may alias a. */
int32_t mag_sub(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    int64_t br = 0;
    int32_t i = 0;
    for (; i < nb; i++) { int64_t t = (int64_t)a[i] - b[i] - br; out[i] = (uint32_t)t; br = t < 0; }
    for (; i < na; i++) { int64_t t = (int64_t)a[i] - br; out[i] = (uint32_t)t; br = t < 0; }
    return mag_norm(out, na);
}

static void mul_school(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    /* The inner loop runs over the longer operand: one pass per limb of the shorter one. */
    if (na > nb) { const uint32_t *t = a; a = b; b = t; int32_t tn = na; na = nb; nb = tn; }
    if (na == 1) { mag_mul_small(b, nb, a[0], 0, out); return; }
    __builtin_memset(out, 0, (size_t)(na + nb) * 4);
    for (int32_t i = 0; i < na; i++) {
        uint64_t c = 0, ai = a[i];
        if (ai == 0) continue;
        for (int32_t j = 0; j < nb; j++) {
            c += ai * b[j] + out[i + j];
            out[i + j] = (uint32_t)c;
            c >>= 32;
        }
        out[i + nb] = (uint32_t)c;
    }
}

#define KARATSUBA_CUTOFF 48

/* out[0 .. on) += t[0 .. tn); the sum is known to fit. */
static void add_into(uint32_t *out, int32_t on, const uint32_t *t, int32_t tn) {
    uint64_t c = 0;
    int32_t i = 0;
    for (; i < tn; i++) { c += (uint64_t)out[i] + t[i]; out[i] = (uint32_t)c; c >>= 32; }
    for (; c && i < on; i++) { c += out[i]; out[i] = (uint32_t)c; c >>= 32; }
}

/* Karatsuba's temporaries come from one workspace allocated by mag_mul, each level taking its
 * part and handing the rest to the levels below: a level's temporaries die when it returns, so
 * the whole product needs O(na + nb) limbs of them. Allocated per level, they stayed allocated
 * until the next collection, O((na + nb) ** 1.58) limbs in all: 2 ** 2 ** 30 asked for tens of
 * GiB. A level of N = na + nb limbs takes under 4N/3 + 9 and its children have at most
 * 2N/3 + 3 (na < 2nb when balanced; with 2nb <= na, 2nb <= 2N/3), which bounds the total by
 * 4N + 21 * depth; measured over all shapes up to 600 limbs and random ones up to 2 ** 26, no
 * product needs more than 2.7N, so mul_workspace gives 3N + 2048 and a level that finds the
 * workspace short allocates its part (correct, only not released early). */
typedef struct { uint32_t *next, *end; } workspace;

static uint32_t *ws_take(workspace *w, int32_t n) {
    if (w->end - w->next < n) return scratch_sure((uint64_t)n * 4);
    uint32_t *p = w->next;
    w->next += n;
    return p;
}

/* out (na + nb limbs, distinct from a and b) = a * b, Karatsuba when both are large. */
static void mul_rec(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out, workspace w) {
    if (na < nb) { const uint32_t *t = a; a = b; b = t; int32_t tn = na; na = nb; nb = tn; }
    if (nb < KARATSUBA_CUTOFF) { mul_school(a, na, b, nb, out); return; }
    if (2 * nb <= na) {
        /* Unbalanced: multiply b by slices of a. */
        __builtin_memset(out, 0, (size_t)(na + nb) * 4);
        uint32_t *t = ws_take(&w, 2 * nb);
        for (int32_t off = 0; off < na; off += nb) {
            int32_t len = na - off < nb ? na - off : nb;
            mul_rec(a + off, len, b, nb, t, w);
            add_into(out + off, na + nb - off, t, mag_norm(t, len + nb));
        }
        return;
    }
    /* a = a1 B + a0, b = b1 B + b0; a*b = z2 B^2 + (z1 - z2 - z0) B + z0, z1 = (a0+a1)(b0+b1). */
    int32_t h = nb / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int32_t na0 = mag_norm(a0, h), na1 = na - h, nb0 = mag_norm(b0, h), nb1 = nb - h;
    uint32_t *sa = ws_take(&w, na1 + 2), *sb = ws_take(&w, nb1 + 2);
    int32_t nsa = mag_add(a1, na1, a0, na0, sa), nsb = mag_add(b1, nb1, b0, nb0, sb);
    uint32_t *z1 = ws_take(&w, nsa + nsb + 1);
    __builtin_memset(out, 0, (size_t)(na + nb) * 4);
    int32_t nz1 = 0;
    if (nsa && nsb) { mul_rec(sa, nsa, sb, nsb, z1, w); nz1 = mag_norm(z1, nsa + nsb); }
    /* z0 into out[0 .. 2h), z2 into out[2h ..). */
    if (na0 && nb0) mul_rec(a0, na0, b0, nb0, out, w);
    mul_rec(a1, na1, b1, nb1, out + 2 * h, w);
    int32_t nz0 = mag_norm(out, 2 * h), nz2 = mag_norm(out + 2 * h, na1 + nb1);
    nz1 = mag_sub(z1, nz1, out, nz0, z1);
    nz1 = mag_sub(z1, nz1, out + 2 * h, nz2, z1);
    add_into(out + h, na + nb - h, z1, nz1);
}

uint64_t mul_workspace(int32_t na, int32_t nb) {
    int32_t small = na < nb ? na : nb;
    return small < KARATSUBA_CUTOFF ? 0 : 3 * ((uint64_t)na + (uint64_t)nb) + 2048;
}

int32_t mag_mul_in(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out, uint32_t *ws) {
    na = mag_norm(a, na); nb = mag_norm(b, nb);
    if (na == 0 || nb == 0) return 0;
    workspace w = { ws, ws + mul_workspace(na, nb) };
    mul_rec(a, na, b, nb, out, w);
    return mag_norm(out, na + nb);
}

int32_t mag_mul(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    uint64_t n = mul_workspace(mag_norm(a, na), mag_norm(b, nb));
    return mag_mul_in(a, na, b, nb, out, n ? scratch_sure(n * 4) : NULL);
}

/* out = a * m + add; out needs na + 1 limbs; may alias a. */
int32_t mag_mul_small(const uint32_t *a, int32_t na, uint32_t m, uint32_t add, uint32_t *out) {
    uint64_t c = add;
    for (int32_t i = 0; i < na; i++) { c += (uint64_t)a[i] * m; out[i] = (uint32_t)c; c >>= 32; }
    out[na] = (uint32_t)c;
    return mag_norm(out, na + 1);
}

/* q = a / m (na limbs, may alias a or be null); returns a % m. */
uint32_t mag_divmod_small(const uint32_t *a, int32_t na, uint32_t m, uint32_t *q) {
    uint64_t r = 0;
    for (int32_t i = na - 1; i >= 0; i--) {
        uint64_t cur = (r << 32) | a[i];
        if (q) q[i] = (uint32_t)(cur / m);
        r = cur % m;
    }
    return (uint32_t)r;
}

uint32_t mag_bitlen(const uint32_t *a, int32_t na) {
    na = mag_norm(a, na);
    if (na == 0) return 0;
    return (uint32_t)(na - 1) * 32 + (32 - (uint32_t)__builtin_clz(a[na - 1]));
}

/* out needs na + bits/32 + 1 limbs; must not alias a unless bits < 32... keep it distinct. */
int32_t mag_shl(const uint32_t *a, int32_t na, uint32_t bits, uint32_t *out) {
    uint32_t w = bits / 32, s = bits % 32;
    __builtin_memset(out, 0, (size_t)w * 4);
    if (s == 0) {
        for (int32_t i = na - 1; i >= 0; i--) out[i + w] = a[i];
        out[na + w] = 0;
    } else {
        out[na + w] = 0;
        for (int32_t i = na - 1; i >= 0; i--) {
            out[i + w + 1] |= a[i] >> (32 - s);
            out[i + w] = a[i] << s;
        }
    }
    return mag_norm(out, na + (int32_t)w + 1);
}

/* out needs na - bits/32 limbs (at least 1); may alias a. */
int32_t mag_shr(const uint32_t *a, int32_t na, uint32_t bits, uint32_t *out) {
    uint32_t w = bits / 32, s = bits % 32;
    if ((int64_t)w >= na) return 0;
    int32_t n = na - (int32_t)w;
    for (int32_t i = 0; i < n; i++) {
        uint32_t lo = a[i + w] >> s;
        uint32_t hi = (s && i + (int32_t)w + 1 < na) ? a[i + w + 1] << (32 - s) : 0;
        out[i] = lo | hi;
    }
    return mag_norm(out, n);
}

/* Knuth's algorithm D (TAOCP 4.3.1) with 32-bit digits. */
void mag_divmod(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb,
                uint32_t *q, int32_t *nq, uint32_t *r, int32_t *nr) {
    na = mag_norm(a, na); nb = mag_norm(b, nb);
    if (mag_cmp(a, na, b, nb) < 0) {
        if (nq) *nq = 0;
        if (r) { __builtin_memmove(r, a, (size_t)na * 4); *nr = na; }
        return;
    }
    if (nb == 1) {
        uint32_t *qq = q ? q : scratch_sure((uint64_t)na * 4);
        uint32_t rem = mag_divmod_small(a, na, b[0], qq);
        if (nq) *nq = mag_norm(qq, na);
        if (r) { r[0] = rem; *nr = rem ? 1 : 0; }
        return;
    }
    uint32_t s = (uint32_t)__builtin_clz(b[nb - 1]);
    uint32_t *vn = scratch_sure((uint64_t)nb * 4), *un = scratch_sure(((uint64_t)na + 1) * 4);
    for (int32_t i = nb - 1; i > 0; i--) vn[i] = (b[i] << s) | (s ? b[i - 1] >> (32 - s) : 0);
    vn[0] = b[0] << s;
    un[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (int32_t i = na - 1; i > 0; i--) un[i] = (a[i] << s) | (s ? a[i - 1] >> (32 - s) : 0);
    un[0] = a[0] << s;
    for (int32_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vn[nb - 1], rhat = num % vn[nb - 1];
        while (qhat >= 0x100000000ull || qhat * vn[nb - 2] > ((rhat << 32) | un[j + nb - 2])) {
            qhat--;
            rhat += vn[nb - 1];
            if (rhat >= 0x100000000ull) break;
        }
        int64_t k = 0, t;
        for (int32_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xffffffffu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + nb] - k;
        un[j + nb] = (uint32_t)t;
        if (t < 0) {
            qhat--;
            uint64_t c = 0;
            for (int32_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + nb] += (uint32_t)c;
        }
        if (q) q[j] = (uint32_t)qhat;
    }
    if (nq) *nq = q ? mag_norm(q, na - nb + 1) : 0;
    if (r) {
        for (int32_t i = 0; i < nb; i++) r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
        *nr = mag_norm(r, nb);
    }
}

/* m * 2^x for m <= 2^53 landing exactly on a double (or overflowing). */
static double make_double(uint64_t m, int32_t x, int *overflow) {
    if (m == 0) return 0.0;
    while (m >= (1ull << 53)) { m >>= 1; x++; } /* only ever drops zero bits here */
    while (m < (1ull << 52) && x > -1074) { m <<= 1; x--; }
    if (m < (1ull << 52)) return bitsd(m); /* subnormal: x == -1074 */
    int32_t biased = x + 52 + 1023;
    if (biased >= 2047) { *overflow = 1; return __builtin_inf(); }
    return bitsd(((uint64_t)biased << 52) | (m & ((1ull << 52) - 1)));
}

static uint32_t bitlen64(uint64_t v) { return v ? 64 - (uint32_t)__builtin_clzll(v) : 0; }

/* Rounds q * 2^p (+ sticky below q's last bit) half-even to a double. q has at most 64 bits and
 * p >= -1076 so that at least two bits are dropped below the result's last place. */
static double round_to_double(uint64_t q, int sticky, int32_t p, int *overflow) {
    int32_t n = (int32_t)bitlen64(q);
    int32_t drop = n - 53;
    if (-1074 - p > drop) drop = -1074 - p;
    if (drop <= 0) return make_double(q, p, overflow);
    if (drop > 63) { return 0.0; }
    uint64_t mant = q >> drop, rem = q & ((1ull << drop) - 1), half = 1ull << (drop - 1);
    if (rem > half || (rem == half && (sticky || (mant & 1)))) mant++;
    return make_double(mant, p + drop, overflow);
}

double mag_to_double(const uint32_t *a, int32_t na, int *overflow) {
    *overflow = 0;
    na = mag_norm(a, na);
    uint32_t L = mag_bitlen(a, na);
    if (L <= 64) {
        uint64_t u = (uint64_t)(na > 0 ? a[0] : 0) | ((uint64_t)(na > 1 ? a[1] : 0) << 32);
        return (double)u;
    }
    if (L > 1024) { *overflow = 1; return __builtin_inf(); }
    uint32_t shift = L - 64;
    uint32_t *t = scratch_sure((uint64_t)na * 4);
    mag_shr(a, na, shift, t);
    uint64_t top = (uint64_t)t[0] | ((uint64_t)t[1] << 32);
    int sticky = 0;
    for (uint32_t i = 0; i < shift / 32 && !sticky; i++) sticky = a[i] != 0;
    if (!sticky && (shift % 32)) sticky = (a[shift / 32] & ((1u << (shift % 32)) - 1)) != 0;
    return round_to_double(top, sticky, (int32_t)shift, overflow);
}

double mag_ratio_to_double(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, int *overflow) {
    *overflow = 0;
    na = mag_norm(a, na); nb = mag_norm(b, nb);
    if (na == 0) return 0.0;
    int32_t e = (int32_t)mag_bitlen(a, na) - (int32_t)mag_bitlen(b, nb);
    if (e > 1025) { *overflow = 1; return __builtin_inf(); }
    if (e < -1080) return 0.0;
    int32_t p = e - 56;
    if (p < -1076) p = -1076;
    const uint32_t *A = a, *B = b;
    int32_t nA = na, nB = nb;
    if (p < 0) {
        uint32_t *t = scratch_sure(((uint64_t)na + (-p) / 32 + 2) * 4);
        nA = mag_shl(a, na, (uint32_t)(-p), t);
        A = t;
    } else if (p > 0) {
        uint32_t *t = scratch_sure(((uint64_t)nb + p / 32 + 2) * 4);
        nB = mag_shl(b, nb, (uint32_t)p, t);
        B = t;
    }
    uint32_t *q = scratch_sure(((uint64_t)nA + 1) * 4), *r = scratch_sure(((uint64_t)nB + 1) * 4);
    int32_t nq = 0, nr = 0;
    mag_divmod(A, nA, B, nB, q, &nq, r, &nr);
    uint64_t qq = (uint64_t)(nq > 0 ? q[0] : 0) | ((uint64_t)(nq > 1 ? q[1] : 0) << 32);
    return round_to_double(qq, nr != 0, p, overflow);
}

/* Decimal conversion by repeated division by 10^9: quadratic, but each step handles nine digits. */
uint32_t mag_to_decimal(const uint32_t *a, int32_t na, char *buf) {
    na = mag_norm(a, na);
    if (na == 0) { buf[0] = '0'; return 1; }
    uint32_t *t = scratch_sure((uint64_t)na * 4);
    __builtin_memcpy(t, a, (size_t)na * 4);
    uint32_t nchunks = 0;
    uint32_t *chunks = scratch_sure(((uint64_t)na * 32 / 29 + 2) * 4);
    while (na > 0) {
        chunks[nchunks++] = mag_divmod_small(t, na, 1000000000u, t);
        na = mag_norm(t, na);
    }
    uint32_t len = 0;
    for (int32_t i = (int32_t)nchunks - 1; i >= 0; i--) {
        uint32_t c = chunks[i];
        char d[9];
        for (int k = 8; k >= 0; k--) { d[k] = (char)('0' + c % 10); c /= 10; }
        int k = 0;
        if (i == (int32_t)nchunks - 1) while (k < 8 && d[k] == '0') k++;
        for (; k < 9; k++) buf[len++] = d[k];
    }
    return len;
}

int32_t mag_from_decimal(const char *digits, uint32_t n, uint32_t *out) {
    static const uint32_t p10[10] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                      100000000, 1000000000 };
    int32_t len = 0;
    uint32_t i = 0, first = n % 9 ? n % 9 : 9;
    while (i < n) {
        uint32_t take = i == 0 ? first : 9, chunk = 0;
        for (uint32_t k = 0; k < take; k++) chunk = chunk * 10 + (uint32_t)(digits[i + k] - '0');
        len = mag_mul_small(out, len, p10[take], chunk, out);
        i += take;
    }
    return len;
}
