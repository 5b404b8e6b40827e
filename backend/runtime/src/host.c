/* host.c: values crossing the boundary of a library module (`waspy build --export`), in the
 * layouts ABI.md's "Library modules" section gives. Arguments arrive in blocks the host got from
 * waspy_alloc; results leave in a fresh record, valid until the host calls into the module again.
 * Allocation never collects, so nothing here needs a root. */
#include "rt.h"

/* Element kinds of a list crossing the boundary (the generated bindings use the same numbers). */
enum { HOST_INT = 0, HOST_FLOAT = 1, HOST_STR = 2 };

static uint32_t rd32(uint32_t p) { uint32_t v; __builtin_memcpy(&v, (void *)(size_t)p, 4); return v; }
static uint64_t rd64(uint32_t p) { uint64_t v; __builtin_memcpy(&v, (void *)(size_t)p, 8); return v; }
static void wr32(uint8_t *p, uint32_t v) { __builtin_memcpy(p, &v, 4); }
static void wr64(uint8_t *p, uint64_t v) { __builtin_memcpy(p, &v, 8); }

uint32_t WEXPORT(rt_host_alloc)(uint32_t n) {
    return (uint32_t)(size_t)scratch(n);
}

wobj WEXPORT(rt_host_str_in)(uint32_t ptr, uint32_t len) {
    wstr s = str_from_utf8((const uint8_t *)(size_t)ptr, len);
    return s ? box_ptr(s) : 0;
}

/* One item of a list argument at p, boxed; *size gets the bytes it took. */
static wobj item_in(uint32_t p, uint32_t kind, uint32_t *size) {
    if (kind == HOST_INT) { *size = 8; return rt_int_from_i64((int64_t)rd64(p)); }
    if (kind == HOST_FLOAT) { *size = 8; return rt_box_float(bitsd(rd64(p))); }
    uint32_t n = rd32(p);
    *size = 4 + n;
    return rt_host_str_in(p + 4, n);
}

wobj WEXPORT(rt_host_list_in)(uint32_t ptr, uint32_t count, uint32_t kind) {
    wlist l = rt_list_new(0);
    for (uint32_t i = 0, size; l && i < count; i++, ptr += size) {
        wobj v = item_in(ptr, kind, &size);
        if (exc_pending()) return 0;
        rt_list_append(l, v);
        if (exc_pending()) return 0;
    }
    return l ? box_ptr(l) : 0;
}

static uint32_t type_of(wobj v) { return (v & 1) == 0 ? T_INT : obj_type(unbox_ptr(v)); }

/* The host's int: an int or a bool, in 64 bits. */
int64_t WEXPORT(rt_host_int_out)(wobj v) {
    uint32_t t = type_of(v);
    if (t == T_BOOL) return HDR(unbox_ptr(v))[2];
    if (t != T_INT) { raise_typed("exported function returned ", v, ", not int"); return 0; }
    return rt_int_to_i64(v);
}

double WEXPORT(rt_host_float_out)(wobj v) {
    uint32_t t = type_of(v);
    if (t != T_FLOAT && t != T_INT && t != T_BOOL) {
        raise_typed("exported function returned ", v, ", not float");
        return 0;
    }
    return rt_unbox_float(v);
}

uint32_t WEXPORT(rt_host_bool_out)(wobj v) {
    if (type_of(v) != T_BOOL) { raise_typed("exported function returned ", v, ", not bool"); return 0; }
    return HDR(unbox_ptr(v))[2];
}

/* UTF-8 bytes of s into out (when not null); returns their count. A surrogate is an error in
 * `strict` mode (CPython's str.encode()), else written as \uXXXX (how stderr shows it). */
static uint32_t encode(wstr s, uint8_t *out, int strict, int64_t *bad) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < str_len(s); i++) {
        uint32_t c = str_at(s, i);
        uint8_t b[6];
        uint32_t k;
        if (c >= 0xd800 && c < 0xe000) {
            if (strict) { *bad = i; return 0; }
            static const char hex[] = "0123456789abcdef";
            b[0] = '\\'; b[1] = 'u';
            for (int j = 0; j < 4; j++) b[2 + j] = (uint8_t)hex[(c >> (12 - 4 * j)) & 15];
            k = 6;
        } else {
            k = utf8_encode_pub(c, b);
        }
        if (out) __builtin_memcpy(out + n, b, k);
        n += k;
    }
    return n;
}

static void raise_surrogate(wstr s, int64_t at) {
    char msg[96] = "'utf-8' codec can't encode character '\\u";
    uint32_t n = cstrlen(msg), c = str_at(s, (uint32_t)at);
    static const char hex[] = "0123456789abcdef";
    for (int j = 0; j < 4; j++) msg[n++] = hex[(c >> (12 - 4 * j)) & 15];
    const char *mid = "' in position ";
    for (const char *q = mid; *q; q++) msg[n++] = *q;
    char digits[12];
    int d = 0;
    do { digits[d++] = (char)('0' + at % 10); at /= 10; } while (at);
    while (d) msg[n++] = digits[--d];
    const char *end = ": surrogates not allowed";
    for (const char *q = end; *q; q++) msg[n++] = *q;
    msg[n] = 0;
    raise_c(EXC_UnicodeEncodeError, msg);
}

/* Bytes a str item takes in a record (u32 length, UTF-8), or -1 after raising. */
static int64_t str_size(wstr s) {
    int64_t bad = -1;
    uint32_t n = encode(s, NULL, 1, &bad);
    if (bad >= 0) { raise_surrogate(s, bad); return -1; }
    return 4 + (int64_t)n;
}

static uint8_t *put_str(uint8_t *p, wstr s) {
    int64_t bad = -1;
    uint32_t n = encode(s, p + 4, 1, &bad);
    wr32(p, n);
    return p + 4 + n;
}

uint32_t WEXPORT(rt_host_str_out)(wobj v) {
    if (type_of(v) != T_STR) { raise_typed("exported function returned ", v, ", not str"); return 0; }
    wstr s = unbox_ptr(v);
    int64_t size = str_size(s);
    if (size < 0) return 0;
    uint8_t *p = scratch((uint64_t)size);
    if (!p) return 0;
    put_str(p, s);
    return (uint32_t)(size_t)p;
}

/* A result list: u32 count, then the items (i64, f64, or u32 length and UTF-8). */
uint32_t WEXPORT(rt_host_list_out)(wobj v, uint32_t kind) {
    if (type_of(v) != T_LIST) { raise_typed("exported function returned ", v, ", not list"); return 0; }
    wlist l = unbox_ptr(v);
    uint32_t count = (uint32_t)small_val(rt_list_len(l));
    uint64_t size = 4;
    for (uint32_t i = 0; i < count; i++) {
        wobj x = rt_list_get(l, mk_small(i));
        uint32_t t = type_of(x);
        int ok = kind == HOST_STR ? t == T_STR : t == T_INT || t == T_BOOL || (kind == HOST_FLOAT && t == T_FLOAT);
        if (!ok) {
            raise_typed("exported function returned a list holding ", x, kind == HOST_INT ? ", not int"
                        : kind == HOST_FLOAT ? ", not float" : ", not str");
            return 0;
        }
        if (kind == HOST_STR) {
            int64_t n = str_size(unbox_ptr(x));
            if (n < 0) return 0;
            size += (uint64_t)n;
        } else {
            size += 8;
        }
    }
    uint8_t *p = scratch(size);
    if (!p) return 0;
    wr32(p, count);
    uint8_t *q = p + 4;
    for (uint32_t i = 0; i < count; i++) {
        wobj x = rt_list_get(l, mk_small(i));
        if (kind == HOST_STR) { q = put_str(q, unbox_ptr(x)); continue; }
        if (kind == HOST_INT) wr64(q, (uint64_t)rt_host_int_out(x));
        else wr64(q, dbits(rt_host_float_out(x)));
        if (exc_pending()) return 0;
        q += 8;
    }
    return (uint32_t)(size_t)p;
}

/* The pending exception as the last line of CPython's traceback, "Name: message" (or "Name"),
 * in a str record, and clears it; 0 when none is pending. */
uint32_t WEXPORT(rt_host_error)(void) {
    wexc e = rt_exc;
    if (e == 0) return 0;
    rt_exc = 0;
    wstr user = 0;
    const char *name = exc_class_name(e, &user);
    wstr m = rt_exc_str(e);
    if (rt_exc) { rt_exc = 0; m = 0; }
    int64_t bad;
    uint32_t nn = user ? encode(user, NULL, 0, &bad) : cstrlen(name);
    uint32_t nm = m && str_len(m) ? 2 + encode(m, NULL, 0, &bad) : 0;
    uint8_t *p = scratch(4 + (uint64_t)nn + nm);
    if (!p) {
        /* No room for the record: the MemoryError that leaves is a static one, never "no error". */
        static const struct { uint32_t n; char text[11]; } oom = {11, "MemoryError"};
        rt_exc = 0;
        return (uint32_t)(size_t)&oom;
    }
    wr32(p, nn + nm);
    if (user) encode(user, p + 4, 0, &bad);
    else __builtin_memcpy(p + 4, name, nn);
    if (nm) {
        p[4 + nn] = ':';
        p[5 + nn] = ' ';
        encode(m, p + 6 + nn, 0, &bad);
    }
    return (uint32_t)(size_t)p;
}
