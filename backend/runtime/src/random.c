/* random.c: the random module's functions on one Mersenne Twister (MT19937), seeded and drawn
 * from exactly as CPython's _randommodule.c and random.py do, so that a seed gives CPython's
 * sequence: random() from two draws (53 bits), getrandbits by 32-bit words, randrange and the
 * rest through _randbelow_with_getrandbits. Before any seed, and for seed(None), the generator is
 * seeded from WASI's random_get (imported only by programs that reach it). */
#include "rt.h"
#include "mathfn.h"
#include "sha512.h"

__attribute__((import_module("wasi_snapshot_preview1"), import_name("random_get")))
extern uint32_t wasi_random_get(uint32_t buf, uint32_t len);

#define MT_N 624
#define MT_M 397
static uint32_t mt[MT_N];
static uint32_t mti = MT_N + 1; /* MT_N + 1: not seeded yet */

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < MT_N; mti++) mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + mti;
}

static void init_by_array(const uint32_t *key, uint32_t len) {
    init_genrand(19650218u);
    uint32_t i = 1, j = 0;
    for (uint32_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + j;
        i++; j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (uint32_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;
    mti = MT_N;
}

static void seed_from_host(void) {
    uint32_t key[MT_N];
    wasi_random_get((uint32_t)(size_t)key, sizeof key);
    init_by_array(key, MT_N);
}

static uint32_t genrand(void) {
    static const uint32_t mag01[2] = { 0, 0x9908b0dfu };
    if (mti >= MT_N) {
        if (mti == MT_N + 1) seed_from_host();
        uint32_t kk, y;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M - MT_N] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        mti = 0;
    }
    uint32_t y = mt[mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

/* seed(a): an int (a bool too) by the 32-bit words of abs(a); a float by its hash as an unsigned
 * 64-bit number (CPython's (size_t)hash); a str by its SHA-512 (seed_str); None from the host. */
/* A str seed, as random.py's version 2: the int whose big-endian bytes are the str's UTF-8 followed
 * by their SHA-512 digest. */
static void seed_str(wobj a) {
    wstr s = unbox_ptr(a);
    uint32_t n = str_len(s);
    uint8_t *bytes = scratch((uint64_t)n * 4 + 64 + 4);
    if (!bytes) return;
    uint32_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        if (c >= 0xd800 && c < 0xe000) rt_unsupported("random.seed() of a str holding a surrogate (UnicodeEncodeError)");
        len += utf8_encode_pub(c, bytes + len);
    }
    sha512(bytes, len, bytes + len);
    len += 64;
    uint32_t words = (len + 3) / 4;
    uint32_t *key = scratch((uint64_t)words * 4);
    if (!key) return;
    for (uint32_t i = 0; i < words; i++) {
        uint32_t w = 0;
        for (int j = 3; j >= 0; j--) {
            int64_t at = (int64_t)len - 4 * (int64_t)i - 1 - j; /* byte of weight 256^j in word i */
            w = (w << 8) | (at >= 0 ? bytes[at] : 0);
        }
        key[i] = w;
    }
    init_by_array(key, (uint32_t)mag_norm(key, (int32_t)words));
}

static int has_gauss_next;
static double gauss_next;

void WEXPORT(rt_random_seed)(wobj a) {
    has_gauss_next = 0;
    uint32_t t = rt_obj_type(a);
    if (t == T_NONE) { seed_from_host(); return; }
    if (t == T_STR) { seed_str(a); return; }
    wint n;
    if (t == T_INT || t == T_BOOL) n = rt_int_abs(rt_obj_as_index(a));
    else if (t == T_FLOAT) n = rt_int_and(rt_obj_hash(a), rt_int_sub(rt_int_lshift(mk_small(1), mk_small(64)), mk_small(1)));
    else { raise_c(EXC_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."); return; }
    if (exc_pending()) return;
    uint32_t tmp[2];
    big b = big_view(n, tmp);
    uint32_t zero = 0;
    if (b.n == 0) init_by_array(&zero, 1);
    else init_by_array(b.d, (uint32_t)b.n);
}

double WEXPORT(rt_random_random)(void) {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k random bits as an int (k >= 0), filled from the least significant 32-bit word up. */
static wint randbits(int64_t k) {
    if (k == 0) return 0;
    if (k <= 32) return mk_small(genrand() >> (32 - k));
    uint32_t words = (uint32_t)((k - 1) / 32 + 1);
    uint32_t *w = scratch((uint64_t)words * 4);
    if (!w) return 0;
    for (uint32_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand();
        if (k < 32) r >>= (32 - k);
        w[i] = r;
    }
    return big_make(w, mag_norm(w, (int32_t)words), 0);
}

wint WEXPORT(rt_random_getrandbits)(wobj vk) {
    wint k = rt_obj_as_index(vk);
    if (exc_pending()) return 0;
    if (rt_int_cmp(k, 0) < 0) { raise_c(EXC_ValueError, "number of bits must be non-negative"); return 0; }
    if (!is_small(k) || small_val(k) > (1LL << 34)) { raise_c(EXC_OverflowError, "Python int too large to convert to C int"); return 0; }
    return randbits(small_val(k));
}

/* _randbelow_with_getrandbits(n), n > 0: k = n.bit_length() bits until below n. */
static wint randbelow(wint n) {
    int64_t k = small_val(rt_int_bit_length(n));
    wint r = randbits(k);
    while (!exc_pending() && rt_int_cmp(r, n) >= 0) r = randbits(k);
    return r;
}

/* randrange's int(x) for an argument: an int, a bool, or an integral float (random.py's deprecated
 * path); a float with a fraction is ValueError "non-integer WHAT for randrange()". */
static wint range_arg(wobj v, const char *what) {
    uint32_t t = rt_obj_type(v);
    if (t == T_FLOAT) {
        double x = *(double *)(size_t)(unbox_ptr(v) + 8);
        wint i = rt_float_to_int(x);
        if (exc_pending()) return 0;
        if (__builtin_floor(x) != x) {
            wsb sb = rt_sb_new();
            const char *pre = "non-integer ";
            rt_sb_add_ascii(sb, (uint32_t)(size_t)pre, cstrlen(pre));
            rt_sb_add_ascii(sb, (uint32_t)(size_t)what, cstrlen(what));
            rt_sb_add_ascii(sb, (uint32_t)(size_t)" for randrange()", 16);
            rt_raise(EXC_ValueError, rt_sb_finish(sb));
            return 0;
        }
        return i;
    }
    if (t != T_INT && t != T_BOOL) rt_unsupported("randrange() of an argument that is not a number");
    return rt_obj_as_index(v);
}

static void empty_range(wint a, wint b, wint width) {
    wsb sb = rt_sb_new();
    rt_sb_add_ascii(sb, (uint32_t)(size_t)"empty range for randrange() (", 29);
    rt_sb_add_str(sb, rt_int_to_str(a));
    rt_sb_add_ascii(sb, (uint32_t)(size_t)", ", 2);
    rt_sb_add_str(sb, rt_int_to_str(b));
    rt_sb_add_ascii(sb, (uint32_t)(size_t)", ", 2);
    rt_sb_add_str(sb, rt_int_to_str(width));
    rt_sb_add_ascii(sb, (uint32_t)(size_t)")", 1);
    rt_raise(EXC_ValueError, rt_sb_finish(sb));
}

wint WEXPORT(rt_random_randrange)(wobj start, wobj stop, wobj step) {
    wint istart = range_arg(start, "arg 1");
    if (exc_pending()) return 0;
    if (rt_obj_type(stop) == T_NONE) {
        if (step != mk_small(1)) { raise_c(EXC_TypeError, "Missing a non-None stop argument"); return 0; }
        if (rt_int_cmp(istart, 0) > 0) return randbelow(istart);
        raise_c(EXC_ValueError, "empty range for randrange()");
        return 0;
    }
    wint istop = range_arg(stop, "stop");
    if (exc_pending()) return 0;
    wint width = rt_int_sub(istop, istart);
    wint istep = range_arg(step, "step");
    if (exc_pending()) return 0;
    if (istep == mk_small(1)) {
        if (rt_int_cmp(width, 0) > 0) return rt_int_add(istart, randbelow(width));
        empty_range(istart, istop, width);
        return 0;
    }
    wint n;
    int sign = rt_int_cmp(istep, 0);
    if (sign > 0) n = rt_int_floordiv(rt_int_sub(rt_int_add(width, istep), mk_small(1)), istep);
    else if (sign < 0) n = rt_int_floordiv(rt_int_add(rt_int_add(width, istep), mk_small(1)), istep);
    else { raise_c(EXC_ValueError, "zero step for randrange()"); return 0; }
    if (rt_int_cmp(n, 0) <= 0) { raise_c(EXC_ValueError, "empty range for randrange()"); return 0; }
    wint r = randbelow(n);
    if (exc_pending()) return 0;
    return rt_int_add(istart, rt_int_mul(istep, r));
}

wint WEXPORT(rt_random_randint)(wobj a, wobj b) {
    wobj stop = rt_obj_add(b, mk_small(1));
    if (exc_pending()) return 0;
    return rt_random_randrange(a, stop, mk_small(1));
}

wobj WEXPORT(rt_random_choice)(wobj seq) {
    wint n = rt_obj_len(seq);
    if (exc_pending()) return 0;
    if (n == 0) { raise_c(EXC_IndexError, "Cannot choose from an empty sequence"); return 0; }
    wint i = randbelow(n);
    if (exc_pending()) return 0;
    return rt_obj_getitem(seq, i);
}

void WEXPORT(rt_random_shuffle)(wobj x) {
    wint n = rt_obj_len(x);
    if (exc_pending()) return;
    for (int64_t i = small_val(n) - 1; i >= 1; i--) {
        wint j = randbelow(mk_small(i + 1));
        wobj a = rt_obj_getitem(x, mk_small(i));
        if (exc_pending()) return;
        wobj b = rt_obj_getitem(x, j);
        if (exc_pending()) return;
        rt_obj_setitem(x, mk_small(i), b);
        if (exc_pending()) return;
        rt_obj_setitem(x, j, a);
        if (exc_pending()) return;
    }
}

/* random.py's sample: a pool when the population is small against k's set, else rejection with a set. */
wlist WEXPORT(rt_random_sample)(wobj population, wobj vk) {
    uint32_t t = rt_obj_type(population);
    if (t != T_LIST && t != T_TUPLE && t != T_STR && t != T_RANGE) {
        raise_c(EXC_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
        return 0;
    }
    int64_t n = small_val(rt_obj_len(population));
    wint kw = rt_obj_as_index(vk);
    if (exc_pending()) return 0;
    if (!is_small(kw) || small_val(kw) < 0 || small_val(kw) > n) {
        raise_c(EXC_ValueError, "Sample larger than population or is negative");
        return 0;
    }
    int64_t k = small_val(kw);
    wlist result = rt_list_new((uint32_t)k);
    if (!result) return 0;
    int64_t setsize = 21;
    if (k > 5) {
        double e = __builtin_ceil(m_log((double)(k * 3)) / m_log(4.0));
        setsize += (int64_t)1 << (2 * (int64_t)e);
    }
    if (n <= setsize) {
        wlist pool = rt_obj_to_list(population);
        if (exc_pending()) return 0;
        for (int64_t i = 0; i < k; i++) {
            wint j = randbelow(mk_small(n - i));
            if (exc_pending()) return 0;
            rt_list_set(result, mk_small(i), rt_list_get(pool, j));
            rt_list_set(pool, j, rt_list_get(pool, mk_small(n - i - 1)));
        }
    } else {
        wset selected = rt_set_new();
        if (exc_pending()) return 0;
        for (int64_t i = 0; i < k; i++) {
            wint j = randbelow(mk_small(n));
            while (!exc_pending() && rt_set_contains(selected, j)) j = randbelow(mk_small(n));
            if (exc_pending()) return 0;
            rt_set_add(selected, j);
            wobj item = rt_obj_getitem(population, j);
            if (exc_pending()) return 0;
            rt_list_set(result, mk_small(i), item);
        }
    }
    return exc_pending() ? 0 : result;
}

/* base + scale * z in Python's object arithmetic (an int or bool stays exact, a wrong type is
 * CPython's TypeError), as random.py writes its distributions: a float, or 0.0 with an exception. */
static double shifted(wobj base, wobj scale, double z) {
    wobj fz = rt_box_float(z);
    if (exc_pending()) return 0.0;
    wobj prod = rt_obj_mul(fz, scale);
    if (exc_pending()) return 0.0;
    wobj r = rt_obj_add(base, prod);
    return exc_pending() ? 0.0 : rt_unbox_float(r);
}

/* uniform: a + (b - a) * random(), b - a taken before the draw. */
double WEXPORT(rt_random_uniform)(wobj a, wobj b) {
    wobj width = rt_obj_sub(b, a);
    if (exc_pending()) return 0.0;
    wobj u = rt_box_float(rt_random_random());
    if (exc_pending()) return 0.0;
    wobj prod = rt_obj_mul(width, u);
    if (exc_pending()) return 0.0;
    wobj r = rt_obj_add(a, prod);
    return exc_pending() ? 0.0 : rt_unbox_float(r);
}

/* normalvariate: Kinderman and Monahan's ratio method, as random.py. */
double WEXPORT(rt_random_normalvariate)(wobj mu, wobj sigma) {
    const double NV_MAGICCONST = 1.7155277699214135; /* 4 * exp(-0.5) / sqrt(2.0) as CPython computes it */
    double z;
    for (;;) {
        double u1 = rt_random_random();
        double u2 = 1.0 - rt_random_random();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -m_log(u2)) break;
    }
    return shifted(mu, sigma, z);
}

/* lognormvariate: exp of a normal variate, math.exp's errors included. */
double WEXPORT(rt_random_lognormvariate)(wobj mu, wobj sigma) {
    double z = rt_random_normalvariate(mu, sigma);
    if (exc_pending()) return 0.0;
    wobj bz = rt_box_float(z);
    return exc_pending() ? 0.0 : rt_math_exp(bz);
}

/* expovariate: -log(1.0 - random()) / lambd. */
wobj WEXPORT(rt_random_expovariate)(wobj lambd) {
    wobj num = rt_box_float(-m_log(1.0 - rt_random_random()));
    return exc_pending() ? 0 : rt_obj_truediv(num, lambd);
}

/* triangular: the inverse of the distribution function around the mode's fraction c; when high
 * equals low, random.py's ZeroDivisionError handler returns low itself. */
wobj WEXPORT(rt_random_triangular)(wobj low, wobj high, wobj mode) {
    double u = rt_random_random();
    double c = 0.5;
    if (rt_obj_type(mode) != T_NONE) {
        wobj num = rt_obj_sub(mode, low);
        if (exc_pending()) return 0;
        wobj den = rt_obj_sub(high, low);
        if (exc_pending()) return 0;
        wobj q = rt_obj_truediv(num, den);
        if (exc_pending()) {
            wexc e = rt_exc_take();
            if (rt_exc_matches(e, EXC_ZeroDivisionError)) return low;
            rt_raise_exc(e);
            return 0;
        }
        c = rt_unbox_float(q);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        wobj t = low; low = high; high = t;
    }
    double uc = u * c;
    if (uc < 0) { raise_c(EXC_ValueError, "math domain error"); return 0; }
    wobj width = rt_obj_sub(high, low);
    if (exc_pending()) return 0;
    wobj root = rt_box_float(__builtin_sqrt(uc));
    if (exc_pending()) return 0;
    wobj prod = rt_obj_mul(width, root);
    if (exc_pending()) return 0;
    return rt_obj_add(low, prod);
}

/* paretovariate: (1.0 - random()) ** (-1.0 / alpha). */
wobj WEXPORT(rt_random_paretovariate)(wobj alpha) {
    wobj u = rt_box_float(1.0 - rt_random_random());
    if (exc_pending()) return 0;
    wobj minus_one = rt_box_float(-1.0);
    if (exc_pending()) return 0;
    wobj e = rt_obj_truediv(minus_one, alpha);
    return exc_pending() ? 0 : rt_obj_pow(u, e);
}

/* weibullvariate: alpha * (-log(1.0 - random())) ** (1.0 / beta). */
wobj WEXPORT(rt_random_weibullvariate)(wobj alpha, wobj beta) {
    double u = 1.0 - rt_random_random();
    wobj base = rt_box_float(-m_log(u));
    if (exc_pending()) return 0;
    wobj one = rt_box_float(1.0);
    if (exc_pending()) return 0;
    wobj e = rt_obj_truediv(one, beta);
    if (exc_pending()) return 0;
    wobj p = rt_obj_pow(base, e);
    return exc_pending() ? 0 : rt_obj_mul(alpha, p);
}

/* gauss: Box-Muller, the second value kept for the next call (until a seed()). */
double WEXPORT(rt_random_gauss)(wobj mu, wobj sigma) {
    double z = gauss_next;
    if (!has_gauss_next) {
        double x2pi = rt_random_random() * 6.283185307179586;
        double g2rad = __builtin_sqrt(-2.0 * m_log(1.0 - rt_random_random()));
        z = m_cos(x2pi) * g2rad;
        gauss_next = m_sin(x2pi) * g2rad;
    }
    has_gauss_next = !has_gauss_next;
    return shifted(mu, sigma, z);
}

/* random.py's choices: without weights an index floor(random() * n) per pick; with weights their
 * running sums (or cum_weights as given), then bisect_right of random() * total in them. */
wlist WEXPORT(rt_random_choices)(wobj population, wobj weights, wobj cum, wobj vk) {
    int64_t n = small_val(rt_obj_len(population));
    if (exc_pending()) return 0;
    wlist result = rt_list_empty();
    if (!result) return 0;
    if (rt_obj_type(cum) == T_NONE && rt_obj_type(weights) == T_NONE) {
        wint k = rt_obj_as_index(vk);
        for (int64_t i = 0; !exc_pending() && rt_int_cmp(mk_small(i), k) < 0; i++) {
            wint j = rt_float_to_int(__builtin_floor(rt_random_random() * (double)n));
            rt_list_append(result, rt_obj_getitem(population, j));
        }
        return exc_pending() ? 0 : result;
    }
    if (rt_obj_type(cum) == T_NONE) {
        uint32_t t = rt_obj_type(weights);
        if (t == T_INT || t == T_BOOL) {
            wsb sb = rt_sb_new();
            rt_sb_add_ascii(sb, (uint32_t)(size_t)"The number of choices must be a keyword argument: k=", 52);
            rt_sb_add_str(sb, rt_obj_repr(weights));
            rt_raise(EXC_TypeError, rt_sb_finish(sb));
            return 0;
        }
        wlist sums = rt_list_empty();
        wobj it = rt_obj_iter(weights);
        if (exc_pending()) return 0;
        wobj acc = 0;
        for (int first = 1; rt_iter_step(it); first = 0) {
            acc = first ? rt_iter_value(it) : rt_obj_add(acc, rt_iter_value(it));
            if (exc_pending()) return 0;
            rt_list_append(sums, acc);
        }
        if (exc_pending()) return 0;
        cum = box_ptr(sums);
    } else if (rt_obj_type(weights) != T_NONE) {
        raise_c(EXC_TypeError, "Cannot specify both weights and cumulative weights");
        return 0;
    }
    wint len = rt_obj_len(cum);
    if (exc_pending()) return 0;
    if (small_val(len) != n) { raise_c(EXC_ValueError, "The number of weights does not match the population"); return 0; }
    wobj last = rt_obj_getitem(cum, mk_small(-1));
    if (exc_pending()) return 0;
    wobj ftotal = rt_obj_add(last, rt_box_float(0.0));
    if (exc_pending()) return 0;
    double total = rt_unbox_float(ftotal);
    if (total <= 0.0) { raise_c(EXC_ValueError, "Total of weights must be greater than zero"); return 0; }
    if (!d_isfinite(total)) { raise_c(EXC_ValueError, "Total of weights must be finite"); return 0; }
    wint k = rt_obj_as_index(vk);
    for (int64_t i = 0; !exc_pending() && rt_int_cmp(mk_small(i), k) < 0; i++) {
        wobj x = rt_box_float(rt_random_random() * total);
        int64_t lo = 0, hi = n - 1;
        while (lo < hi && !exc_pending()) {
            int64_t mid = (lo + hi) / 2;
            if (rt_obj_lt(x, rt_obj_getitem(cum, mk_small(mid)))) hi = mid;
            else lo = mid + 1;
        }
        if (exc_pending()) return 0;
        rt_list_append(result, rt_obj_getitem(population, mk_small(lo)));
    }
    return exc_pending() ? 0 : result;
}
