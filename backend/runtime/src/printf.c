/* printf.c: str % args, CPython's printf-style formatting (Objects/unicodeobject.c, "String
 * formatting") on top of the digit generators used by format(). */
#include "rt.h"

uint32_t int_abs_decimal(wint a, char **out, int *neg);
int32_t float_body(double x, uint32_t type, int32_t precision, int add_dot_0, int alt, char *out);

typedef struct {
    int left, zero, plus, space, alt;
    int64_t width, prec; /* -1 = not given */
} pspec;

static void type_error_fmt(const char *a, uint32_t conv, const char *b, wobj v) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, a);
    if (conv) rt_sb_add_char(sb, conv);
    sb_add_cstr(sb, b);
    sb_add_cstr(sb, type_name(v));
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

/* Appends [sign][prefix][zeros][body] padded to the width as the flags say. */
static void pad_number(wsb sb, const pspec *f, uint32_t sign, const char *prefix, wstr body_s,
                       const char *body, uint32_t nbody) {
    uint32_t npre = cstrlen(prefix), core = (sign ? 1 : 0) + npre + (body_s ? str_len(body_s) : nbody);
    int64_t pad = f->width > (int64_t)core ? f->width - core : 0;
    if (!f->left && !f->zero) sb_add_repeat(sb, ' ', (int32_t)pad);
    if (sign) rt_sb_add_char(sb, sign);
    sb_add_cstr(sb, prefix);
    if (!f->left && f->zero) sb_add_repeat(sb, '0', (int32_t)pad);
    if (body_s) rt_sb_add_str(sb, body_s); else sb_add_bytes(sb, body, nbody);
    if (f->left) sb_add_repeat(sb, ' ', (int32_t)pad);
}

static uint32_t sign_of(const pspec *f, int neg) { return neg ? '-' : f->plus ? '+' : f->space ? ' ' : 0; }

static int numkind(wobj v) {
    uint32_t t = rt_obj_type(v);
    return (t == T_INT || t == T_BOOL) ? 1 : t == T_FLOAT ? 2 : 0;
}
static wint as_int(wobj v) { return rt_obj_type(v) == T_BOOL ? mk_small(HDR(unbox_ptr(v))[2]) : v; }
static double fval(wobj v) { return *(double *)(size_t)(unbox_ptr(v) + 8); }

/* ascii(v): repr with every non-ASCII code point escaped. */
static wstr ascii_of(wobj v) {
    wstr r = rt_obj_repr(v);
    if (!r) return 0;
    wsb sb = sb_new_cap(str_len(r));
    static const char hx[] = "0123456789abcdef";
    for (uint32_t i = 0; i < str_len(r); i++) {
        uint32_t c = str_at(r, i);
        if (c < 0x80) { rt_sb_add_char(sb, c); continue; }
        int w = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        rt_sb_add_char(sb, '\\');
        rt_sb_add_char(sb, w == 2 ? 'x' : w == 4 ? 'u' : 'U');
        for (int k = w - 1; k >= 0; k--) rt_sb_add_char(sb, (uint32_t)hx[(c >> (4 * k)) & 15]);
    }
    return rt_sb_finish(sb);
}

static int strchr_conv(uint32_t c) {
    const char *all = "sracdiuoxXeEfFgG";
    for (const char *p = all; *p; p++) if ((uint32_t)*p == c) return 1;
    return 0;
}

static int convert(wsb sb, const pspec *f, uint32_t conv, wobj v) {
    switch (conv) {
    case 's': case 'r': case 'a': {
        wstr s = conv == 's' ? rt_obj_str(v) : conv == 'r' ? rt_obj_repr(v) : ascii_of(v);
        if (!s) return 0;
        uint32_t n = str_len(s);
        if (f->prec >= 0 && (uint64_t)f->prec < n) n = (uint32_t)f->prec;
        int64_t pad = f->width > (int64_t)n ? f->width - n : 0;
        if (!f->left) sb_add_repeat(sb, ' ', (int32_t)pad);
        for (uint32_t i = 0; i < n; i++) rt_sb_add_char(sb, str_at(s, i));
        if (f->left) sb_add_repeat(sb, ' ', (int32_t)pad);
        return 1;
    }
    case 'c': {
        uint32_t c;
        if (rt_obj_type(v) == T_STR && str_len(unbox_ptr(v)) == 1) c = str_at(unbox_ptr(v), 0);
        else if (numkind(v) == 1) {
            wint i = as_int(v);
            if (!is_small(i) || small_val(i) < 0 || small_val(i) > 0x10ffff) {
                raise_c(EXC_OverflowError, "%c arg not in range(0x110000)");
                return 0;
            }
            c = (uint32_t)small_val(i);
        } else {
            raise_c(EXC_TypeError, "%c requires int or char");
            return 0;
        }
        int64_t pad = f->width > 1 ? f->width - 1 : 0;
        if (!f->left) sb_add_repeat(sb, ' ', (int32_t)pad);
        rt_sb_add_char(sb, c);
        if (f->left) sb_add_repeat(sb, ' ', (int32_t)pad);
        return 1;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        int k = numkind(v);
        wint iv;
        if (k == 1) iv = as_int(v);
        else if (k == 2 && (conv == 'd' || conv == 'i' || conv == 'u')) {
            iv = rt_float_to_int(fval(v));
            if (exc_pending()) return 0;
        } else {
            int dec = conv == 'd' || conv == 'i' || conv == 'u';
            type_error_fmt("%", conv, dec ? " format: a real number is required, not " : " format: an integer is required, not ", v);
            return 0;
        }
        int neg = rt_int_cmp(iv, 0) < 0;
        wstr digits;
        const char *prefix = "";
        if (conv == 'o' || conv == 'x' || conv == 'X') {
            wstr spec = str_from_cstr(conv == 'o' ? "o" : conv == 'x' ? "x" : "X");
            digits = rt_int_format(neg ? rt_int_neg(iv) : iv, spec);
            if (f->alt) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
        } else {
            digits = rt_int_to_str(neg ? rt_int_neg(iv) : iv);
        }
        if (!digits) return 0;
        if (f->prec > (int64_t)str_len(digits)) {
            wsb z = rt_sb_new();
            sb_add_repeat(z, '0', (int32_t)(f->prec - str_len(digits)));
            rt_sb_add_str(z, digits);
            digits = rt_sb_finish(z);
        }
        pad_number(sb, f, sign_of(f, neg), prefix, digits, 0, 0);
        return 1;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        int k = numkind(v);
        double x;
        if (k == 2) x = fval(v);
        else if (k == 1) { x = rt_int_to_float(as_int(v)); if (exc_pending()) return 0; }
        else { type_error_fmt("must be real number, not ", 0, "", v); return 0; }
        int neg = (dbits(x) >> 63) != 0 && !d_isnan(x);
        int64_t prec = f->prec < 0 ? 6 : f->prec;
        if (prec > 0x7fffffff) { rt_raise(EXC_MemoryError, 0); return 0; }
        int upper = conv == 'E' || conv == 'F' || conv == 'G';
        if (d_isnan(x) || d_isinf(x)) {
            pad_number(sb, f, sign_of(f, neg), "", 0, d_isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
            return 1;
        }
        char *body = scratch((uint64_t)prec + 400);
        if (!body) return 0;
        int32_t n = float_body(neg ? -x : x, conv, (int32_t)prec, 0, f->alt, body);
        if (n < 0) return 0;
        pad_number(sb, f, sign_of(f, neg), "", 0, body, (uint32_t)n);
        return 1;
    }
    }
    return 1;
}

wstr WEXPORT(rt_str_mod)(wstr fmt, wobj args) {
    uint32_t at = rt_obj_type(args);
    wobj single = args;
    const wobj *argv;
    uint32_t argc;
    if (at == T_TUPLE) { argv = (const wobj *)(size_t)(unbox_ptr(args) + 8); argc = HDR(unbox_ptr(args))[1]; }
    else { argv = &single; argc = 1; }
    /* CPython treats any non-tuple, non-str argument with __getitem__ (dict, but also list) as a
     * mapping: no "not all arguments converted" check then. */
    int mapping = at == T_DICT || at == T_LIST;
    wdict dict = at == T_DICT ? unbox_ptr(args) : 0;
    uint32_t argi = 0, n = str_len(fmt), i = 0;
    wsb sb = sb_new_cap(n + 16);
    if (!sb) return 0;
    while (i < n) {
        uint32_t c = str_at(fmt, i);
        if (c != '%') { rt_sb_add_char(sb, c); i++; continue; }
        i++;
        pspec f = { 0, 0, 0, 0, 0, -1, -1 };
        wobj value = 0;
        int have_value = 0;
        if (i < n && str_at(fmt, i) == '%') { rt_sb_add_char(sb, '%'); i++; continue; }
        if (i < n && str_at(fmt, i) == '(') {
            if (!mapping) { raise_c(EXC_TypeError, "format requires a mapping"); return 0; }
            if (!dict) { raise_c(EXC_TypeError, "list indices must be integers or slices, not str"); return 0; }
            uint32_t depth = 1, start = ++i;
            while (i < n && depth) { uint32_t k = str_at(fmt, i); if (k == '(') depth++; else if (k == ')') depth--; i++; }
            if (depth) { raise_c(EXC_ValueError, "incomplete format key"); return 0; }
            wstr key = rt_str_slice(fmt, mk_small(start), mk_small(i - 1), box_ptr(NONE_PTR));
            if (!key) return 0;
            value = rt_dict_get(dict, box_ptr(key));
            if (exc_pending()) return 0;
            have_value = 1;
        }
        for (; i < n; i++) {
            uint32_t k = str_at(fmt, i);
            if (k == '-') f.left = 1; else if (k == '+') f.plus = 1; else if (k == ' ') f.space = 1;
            else if (k == '#') f.alt = 1; else if (k == '0') f.zero = 1; else break;
        }
        for (int part = 0; part < 2; part++) {
            int64_t *dst = part == 0 ? &f.width : &f.prec;
            if (part == 1) {
                if (i < n && str_at(fmt, i) == '.') { i++; f.prec = 0; } else break;
            }
            if (i < n && str_at(fmt, i) == '*') {
                i++;
                if (argi >= argc) { raise_c(EXC_TypeError, "not enough arguments for format string"); return 0; }
                wobj w = argv[argi++];
                if (numkind(w) != 1) { raise_c(EXC_TypeError, "* wants int"); return 0; }
                int64_t val = rt_int_to_i64(as_int(w));
                if (exc_pending() || (part == 1 && (val > 0x7fffffff || val < -0x7fffffffLL - 1))) {
                    rt_exc = 0;
                    raise_c(EXC_OverflowError, part == 0 ? "Python int too large to convert to C ssize_t"
                                                         : "Python int too large to convert to C int");
                    return 0;
                }
                if (part == 0 && val < 0) { f.left = 1; val = -val; }
                *dst = part == 1 && val < 0 ? 0 : val;
            } else {
                int64_t val = 0;
                int any = 0;
                while (i < n && str_at(fmt, i) >= '0' && str_at(fmt, i) <= '9') {
                    val = val * 10 + (str_at(fmt, i) - '0');
                    if (val > 0x7fffffff) { raise_c(EXC_ValueError, part ? "precision too big" : "width too big"); return 0; }
                    i++;
                    any = 1;
                }
                if (any || part == 1) *dst = val;
            }
        }
        while (i < n && (str_at(fmt, i) == 'h' || str_at(fmt, i) == 'l' || str_at(fmt, i) == 'L')) i++;
        if (i >= n) { raise_c(EXC_ValueError, "incomplete format"); return 0; }
        uint32_t conv = str_at(fmt, i++);
        /* CPython takes the argument before it looks at the conversion character. */
        if (!have_value) {
            if (argi >= argc) { raise_c(EXC_TypeError, "not enough arguments for format string"); return 0; }
            value = argv[argi++];
            have_value = 1;
        }
        if (!strchr_conv(conv)) {
            wsb m = rt_sb_new();
            sb_add_cstr(m, "unsupported format character '");
            rt_sb_add_char(m, conv);
            sb_add_cstr(m, "' (0x");
            rt_sb_add_str(m, rt_int_format(mk_small(conv), str_from_cstr("x")));
            sb_add_cstr(m, ") at index ");
            rt_sb_add_str(m, rt_int_to_str(mk_small(i - 1)));
            rt_raise(EXC_ValueError, rt_sb_finish(m));
            return 0;
        }
        if (!convert(sb, &f, conv, value)) return 0;
    }
    if (argi < argc && !mapping) {
        raise_c(EXC_TypeError, "not all arguments converted during string formatting");
        return 0;
    }
    return rt_sb_finish(sb);
}
