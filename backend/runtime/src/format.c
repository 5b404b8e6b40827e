/* format.c: format(value, spec) for int, bool, float and str: the format-spec mini-language
 * [[fill]align][sign][z][#][0][width][,|_][.precision][type], following CPython 3.11's parser
 * (Python/formatter_unicode.c) rule for rule, including its error messages. */
#include "rt.h"

typedef struct {
    uint32_t fill, align, sign, type;
    int alt, no_neg_0, fill_given;
    int64_t width, precision;
    uint32_t sep;      /* 0, ',' or '_' */
    uint32_t sep_every; /* 3, or 4 for '_' with b/o/x/X */
} fspec;

static void raise_fmt(const char *a, uint32_t ch, const char *b, const char *tname) {
    wsb sb = rt_sb_new();
    if (!sb) return;
    sb_add_cstr(sb, a);
    if (ch) {
        if (ch > 32 && ch < 127) rt_sb_add_char(sb, ch);
        else {
            static const char hx[] = "0123456789abcdef";
            sb_add_cstr(sb, "\\x");
            int started = 0;
            for (int s = 28; s >= 0; s -= 4) {
                uint32_t d = (ch >> s) & 15;
                if (d || started || s == 0) { rt_sb_add_char(sb, (uint32_t)hx[d]); started = 1; }
            }
        }
    }
    if (b) sb_add_cstr(sb, b);
    if (tname) { sb_add_cstr(sb, tname); rt_sb_add_char(sb, '\''); }
    rt_raise(EXC_ValueError, rt_sb_finish(sb));
}

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int get_int(wstr s, uint32_t *pos, uint32_t end, int64_t *out, int *consumed) {
    int64_t v = 0;
    *consumed = 0;
    while (*pos < end) {
        uint32_t c = str_at(s, *pos);
        if (c < '0' || c > '9') break;
        if (v > (0x7fffffffffffffffLL - 9) / 10) {
            raise_fmt("Too many decimal digits in format string", 0, 0, 0);
            return 0;
        }
        v = v * 10 + (c - '0');
        (*pos)++;
        (*consumed)++;
    }
    *out = v;
    return 1;
}

static int parse_spec(wstr s, fspec *f, uint32_t default_type, uint32_t default_align, const char *tname) {
    uint32_t pos = 0, end = str_len(s);
    f->fill = ' '; f->align = default_align; f->sign = 0; f->type = default_type;
    f->alt = 0; f->no_neg_0 = 0; f->fill_given = 0; f->width = -1; f->precision = -1;
    f->sep = 0; f->sep_every = 3;
    int align_given = 0, consumed;
    if (end - pos >= 2 && is_align(str_at(s, pos + 1))) {
        f->align = str_at(s, pos + 1); f->fill = str_at(s, pos); f->fill_given = 1; align_given = 1; pos += 2;
    } else if (end - pos >= 1 && is_align(str_at(s, pos))) {
        f->align = str_at(s, pos); align_given = 1; pos++;
    }
    if (pos < end && (str_at(s, pos) == '+' || str_at(s, pos) == '-' || str_at(s, pos) == ' ')) f->sign = str_at(s, pos++);
    if (pos < end && str_at(s, pos) == 'z') { f->no_neg_0 = 1; pos++; }
    if (pos < end && str_at(s, pos) == '#') { f->alt = 1; pos++; }
    if (!f->fill_given && pos < end && str_at(s, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    if (!get_int(s, &pos, end, &f->width, &consumed)) return 0;
    if (consumed == 0) f->width = -1;
    if (pos < end && str_at(s, pos) == ',') { f->sep = ','; pos++; }
    if (pos < end && str_at(s, pos) == '_') {
        if (f->sep) { raise_fmt("Cannot specify both ',' and '_'.", 0, 0, 0); return 0; }
        f->sep = '_'; pos++;
    }
    if (pos < end && str_at(s, pos) == ',' && f->sep == '_') {
        raise_fmt("Cannot specify both ',' and '_'.", 0, 0, 0);
        return 0;
    }
    if (pos < end && str_at(s, pos) == '.') {
        pos++;
        if (!get_int(s, &pos, end, &f->precision, &consumed)) return 0;
        if (consumed == 0) { raise_fmt("Format specifier missing precision", 0, 0, 0); return 0; }
    }
    if (end - pos > 1) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "Invalid format specifier '");
        rt_sb_add_str(sb, s);
        sb_add_cstr(sb, "' for object of type '");
        sb_add_cstr(sb, tname);
        rt_sb_add_char(sb, '\'');
        rt_raise(EXC_ValueError, rt_sb_finish(sb));
        return 0;
    }
    if (end - pos == 1) f->type = str_at(s, pos);
    if (f->sep) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->sep == '_') { f->sep_every = 4; break; }
            /* fall through */
        default: {
            wsb sb = rt_sb_new();
            sb_add_cstr(sb, "Cannot specify '");
            rt_sb_add_char(sb, f->sep);
            sb_add_cstr(sb, "' with '");
            if (f->type > 32 && f->type < 127) rt_sb_add_char(sb, f->type);
            else {
                static const char hx[] = "0123456789abcdef";
                sb_add_cstr(sb, "\\x");
                int started = 0;
                for (int sh = 28; sh >= 0; sh -= 4) {
                    uint32_t d = (f->type >> sh) & 15;
                    if (d || started || sh == 0) { rt_sb_add_char(sb, (uint32_t)hx[d]); started = 1; }
                }
            }
            sb_add_cstr(sb, "'.");
            rt_raise(EXC_ValueError, rt_sb_finish(sb));
            return 0;
        }
        }
    }
    return 1;
}

static void unknown_code(uint32_t type, const char *tname) {
    raise_fmt("Unknown format code '", type, "' for object of type '", tname);
}

/* Lays out a number: [sign][prefix][grouped int digits][rest], padded to the width. */
static wstr emit_number(const fspec *f, uint32_t signch, const char *prefix, const char *idig,
                        int32_t nint, const char *rest, int32_t nrest, int group) {
    int32_t nsign = signch ? 1 : 0, npre = (int32_t)cstrlen(prefix);
    /* Grouped digits, built right to left in the CPython way (zeros fill a '0=' width). */
    int64_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && f->width > 0)
        min_width = f->width - nsign - npre - nrest;
    char *g;
    int32_t ng;
    if (group && f->sep) {
        int64_t cap = (nint > min_width ? nint : min_width) * 2 + 8;
        if (cap > 0x7fffff00) { rt_raise(EXC_MemoryError, 0); return 0; }
        char *tmp = scratch((uint64_t)cap);
        if (!tmp) return 0;
        int64_t pos = cap, remaining = nint, mw = min_width;
        int use_sep = 0;
        for (;;) {
            int64_t len = f->sep_every;
            int64_t l = remaining > mw ? remaining : mw;
            if (l < 1) l = 1;
            if (l > len) l = len;
            int64_t nz = l - remaining > 0 ? l - remaining : 0;
            int64_t nc = remaining < l ? remaining : l;
            if (use_sep) tmp[--pos] = (char)f->sep;
            for (int64_t k = 0; k < nc; k++) tmp[--pos] = idig[remaining - 1 - k];
            for (int64_t k = 0; k < nz; k++) tmp[--pos] = '0';
            use_sep = 1;
            remaining -= nc;
            mw -= len;
            if (remaining <= 0 && mw <= 0) break;
            mw -= 1;
        }
        g = tmp + pos;
        ng = (int32_t)(cap - pos);
    } else {
        g = (char *)idig;
        ng = nint;
    }
    int64_t body = nsign + npre + ng + nrest;
    int64_t pad = f->width > body ? f->width - body : 0;
    if (body + pad > 0x3fffffff) { rt_raise(EXC_MemoryError, 0); return 0; }
    wsb sb = sb_new_cap((uint32_t)(body + pad));
    if (!sb) return 0;
    int64_t left = 0, right = 0, mid = 0;
    if (f->align == '<') right = pad;
    else if (f->align == '^') { left = pad / 2; right = pad - left; }
    else if (f->align == '=') mid = pad;
    else left = pad;
    sb_add_repeat(sb, f->fill, (int32_t)left);
    if (signch) rt_sb_add_char(sb, signch);
    sb_add_cstr(sb, prefix);
    sb_add_repeat(sb, f->fill, (int32_t)mid);
    sb_add_bytes(sb, g, (uint32_t)ng);
    sb_add_bytes(sb, rest, (uint32_t)nrest);
    sb_add_repeat(sb, f->fill, (int32_t)right);
    return rt_sb_finish(sb);
}

static uint32_t sign_char(const fspec *f, int neg) {
    if (neg) return '-';
    if (f->sign == '+') return '+';
    if (f->sign == ' ') return ' ';
    return 0;
}

/* Digits of |v| in base 2, 8 or 16 (lowercase). */
static int32_t int_pow2_digits(wint v, uint32_t shift, char **out) {
    static const char hx[] = "0123456789abcdef";
    uint32_t tmp[2];
    big x = big_view(v, tmp);
    uint32_t bits = mag_bitlen(x.d, x.n);
    int32_t nd = bits == 0 ? 1 : (int32_t)((bits + shift - 1) / shift);
    char *b = scratch((uint64_t)nd + 1);
    if (!b) return 0;
    for (int32_t i = 0; i < nd; i++) {
        uint32_t bit = (uint32_t)i * shift, d = 0;
        for (uint32_t k = 0; k < shift; k++) {
            uint32_t bb = bit + k;
            if ((int32_t)(bb / 32) < x.n && ((x.d[bb / 32] >> (bb % 32)) & 1)) d |= 1u << k;
        }
        b[nd - 1 - i] = hx[d];
    }
    *out = b;
    return nd;
}

uint32_t int_abs_decimal(wint a, char **out, int *neg);
wstr float_format_named(double x, const fspec *f);

static wstr int_format_spec(wint v, const fspec *f, const char *tname) {
    switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = rt_int_to_float(v);
        if (exc_pending()) return 0;
        return float_format_named(d, f);
    }
    default: unknown_code(f->type, tname); return 0;
    }
    if (f->precision != -1) { raise_fmt("Precision not allowed in integer format specifier", 0, 0, 0); return 0; }
    if (f->no_neg_0) { raise_fmt("Negative zero coercion (z) not allowed in integer format specifier", 0, 0, 0); return 0; }
    int neg = rt_int_cmp(v, 0) < 0;
    if (f->type == 'c') {
        if (f->sign) { raise_fmt("Sign not allowed with integer format specifier 'c'", 0, 0, 0); return 0; }
        if (f->alt) { raise_fmt("Alternate form (#) not allowed with integer format specifier 'c'", 0, 0, 0); return 0; }
        int64_t c = rt_int_to_i64(v);
        if (exc_pending()) return 0;
        if (c < 0 || c > 0x10ffff) {
            rt_raise(EXC_OverflowError, str_from_cstr("%c arg not in range(0x110000)"));
            return 0;
        }
        /* The character is laid out as a string would be, but with numeric alignment defaults. */
        wsb sb = rt_sb_new();
        int64_t pad = f->width > 1 ? f->width - 1 : 0;
        int64_t left = 0, right = 0;
        if (f->align == '<') right = pad; else if (f->align == '^') { left = pad / 2; right = pad - left; } else left = pad;
        sb_add_repeat(sb, f->fill, (int32_t)left);
        rt_sb_add_char(sb, (uint32_t)c);
        sb_add_repeat(sb, f->fill, (int32_t)right);
        return rt_sb_finish(sb);
    }
    char *digits; int32_t nd; int dummy;
    const char *prefix = "";
    if (f->type == 'd' || f->type == 'n') {
        nd = (int32_t)int_abs_decimal(v, &digits, &dummy);
        if (nd == 0) return 0;
    } else {
        uint32_t shift = f->type == 'b' ? 1 : f->type == 'o' ? 3 : 4;
        nd = int_pow2_digits(v, shift, &digits);
        if (nd == 0) return 0;
        if (f->type == 'X') for (int32_t i = 0; i < nd; i++) if (digits[i] >= 'a') digits[i] = (char)(digits[i] - 32);
        if (f->alt) prefix = f->type == 'b' ? "0b" : f->type == 'o' ? "0o" : f->type == 'x' ? "0x" : "0X";
    }
    return emit_number(f, sign_char(f, neg), prefix, digits, nd, "", 0, 1);
}

wstr WEXPORT(rt_int_format)(wint v, wstr spec) {
    if (str_len(spec) == 0) return rt_int_to_str(v);
    fspec f;
    if (!parse_spec(spec, &f, 'd', '>', "int")) return 0;
    return int_format_spec(v, &f, "int");
}

wstr WEXPORT(rt_bool_format)(uint32_t b, wstr spec) {
    if (str_len(spec) == 0) return rt_bool_str(b);
    fspec f;
    if (!parse_spec(spec, &f, 'd', '>', "bool")) return 0;
    return int_format_spec(mk_small(b ? 1 : 0), &f, "bool");
}

/* CPython's format_float_short (Python/pystrtod.c): digits -> text without sign. Returns the
 * length written into out (which must hold ndigits + precision + 32 bytes). */
int32_t float_body(double x, uint32_t type, int32_t precision, int add_dot_0, int alt, char *out) {
    int32_t n, decpt;
    char *digits;
    int32_t cap = precision + 340;
    digits = scratch((uint64_t)cap + 32);
    if (!digits) return -1;
    int upper = 0;
    if (type == 'E' || type == 'F' || type == 'G') { upper = 1; type += 32; }
    if (x == 0) { digits[0] = '0'; n = 1; decpt = 1; }
    else if (type == 'r') n = dtoa_shortest(x, digits, &decpt);
    else if (type == 'e') n = dtoa_fixed(x, 'e', precision + 1, digits, &decpt);
    else if (type == 'f') n = dtoa_fixed(x, 'f', precision, digits, &decpt);
    else { if (precision == 0) precision = 1; n = dtoa_fixed(x, 'e', precision, digits, &decpt); }
    if (type == 'g' && precision == 0) precision = 1;
    while (n > 1 && digits[n - 1] == '0') n--; /* dtoa strips trailing zeros; padding restores them */
    if (n == 0 || (n == 1 && digits[0] == '0')) { digits[0] = '0'; n = 1; decpt = 1; }
    int use_exp = 0;
    int32_t exp = 0, vend = n;
    if (type == 'e') { use_exp = 1; vend = precision + 1; }
    else if (type == 'f') vend = decpt + precision;
    else if (type == 'g') {
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) vend = precision;
    } else if (type == 'r') {
        if (decpt <= -4 || decpt > 16) use_exp = 1;
    }
    if (use_exp) { exp = decpt - 1; decpt = 1; }
    int32_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;
    char *p = out;
    if (decpt <= 0) {
        for (int32_t i = 0; i < decpt - vstart; i++) *p++ = '0';
        *p++ = '.';
        for (int32_t i = 0; i < -decpt; i++) *p++ = '0';
    } else {
        for (int32_t i = 0; i < -vstart; i++) *p++ = '0';
    }
    if (0 < decpt && decpt <= n) {
        for (int32_t i = 0; i < decpt; i++) *p++ = digits[i];
        *p++ = '.';
        for (int32_t i = decpt; i < n; i++) *p++ = digits[i];
    } else {
        for (int32_t i = 0; i < n; i++) *p++ = digits[i];
    }
    if (n < decpt) {
        for (int32_t i = 0; i < decpt - n; i++) *p++ = '0';
        *p++ = '.';
        for (int32_t i = 0; i < vend - decpt; i++) *p++ = '0';
    } else {
        for (int32_t i = 0; i < vend - n; i++) *p++ = '0';
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        *p++ = exp < 0 ? '-' : '+';
        int32_t ae = exp < 0 ? -exp : exp;
        if (ae >= 100) *p++ = (char)('0' + ae / 100);
        *p++ = (char)('0' + (ae / 10) % 10);
        *p++ = (char)('0' + ae % 10);
    }
    return (int32_t)(p - out);
}

wstr float_format_named(double x, const fspec *fin) {
    fspec f = *fin;
    uint32_t type = f.type;
    int add_dot_0 = 0, pct = 0;
    int64_t precision = f.precision;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': case 0: break;
    default: unknown_code(type, "float"); return 0;
    }
    if (precision > 0x7fffffff) { raise_fmt("precision too big", 0, 0, 0); return 0; }
    int32_t default_precision = 6;
    if (type == 0) { add_dot_0 = 1; type = 'r'; default_precision = 0; }
    if (type == 'n') type = 'g';
    if (type == '%') { type = 'f'; x *= 100; pct = 1; }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    int neg = (dbits(x) >> 63) != 0;
    char *body;
    int32_t nb;
    if (d_isnan(x) || d_isinf(x)) {
        int up = type == 'E' || type == 'F' || type == 'G';
        body = scratch(8);
        if (!body) return 0;
        __builtin_memcpy(body, d_isnan(x) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"), 3);
        nb = 3;
        if (d_isnan(x)) neg = 0;
    } else {
        body = scratch((uint64_t)precision + 400);
        if (!body) return 0;
        nb = float_body(neg ? -x : x, type, (int32_t)precision, add_dot_0, f.alt, body);
        if (nb < 0) return 0;
        if (neg && f.no_neg_0) {
            int allzero = 1;
            for (int32_t i = 0; i < nb && allzero; i++) {
                if (body[i] == 'e' || body[i] == 'E') break;
                if (body[i] >= '1' && body[i] <= '9') allzero = 0;
            }
            if (allzero) neg = 0;
        }
    }
    if (pct) body[nb++] = '%';
    /* Split the integer digits (grouped) from the rest. */
    int32_t nint = 0;
    while (nint < nb && body[nint] >= '0' && body[nint] <= '9') nint++;
    return emit_number(&f, sign_char(&f, neg), "", body, nint, body + nint, nb - nint, d_isfinite(x));
}

wstr WEXPORT(rt_float_format)(double x, wstr spec) {
    fspec f;
    if (!parse_spec(spec, &f, 0, '>', "float")) return 0;
    return float_format_named(x, &f);
}

wstr WEXPORT(rt_float_repr)(double x) {
    if (d_isnan(x)) return str_from_cstr("nan");
    if (d_isinf(x)) return str_from_cstr(x > 0 ? "inf" : "-inf");
    char buf[48];
    int neg = (dbits(x) >> 63) != 0;
    if (neg) buf[0] = '-';
    int32_t n = float_body(neg ? -x : x, 'r', 0, 1, 0, buf + neg);
    if (n < 0) return 0;
    return str_from_ascii(buf, (uint32_t)(n + neg));
}

wstr WEXPORT(rt_str_format)(wstr s, wstr spec) {
    if (str_len(spec) == 0) return s;
    fspec f;
    if (!parse_spec(spec, &f, 's', '<', "str")) return 0;
    if (f.type != 's') { unknown_code(f.type, "str"); return 0; }
    if (f.sign == ' ') { raise_fmt("Space not allowed in string format specifier", 0, 0, 0); return 0; }
    if (f.sign) { raise_fmt("Sign not allowed in string format specifier", 0, 0, 0); return 0; }
    if (f.no_neg_0) { raise_fmt("Negative zero coercion (z) not allowed in string format specifier", 0, 0, 0); return 0; }
    if (f.alt) { raise_fmt("Alternate form (#) not allowed in string format specifier", 0, 0, 0); return 0; }
    if (f.align == '=') { raise_fmt("'=' alignment not allowed in string format specifier", 0, 0, 0); return 0; }
    uint32_t n = str_len(s);
    if (f.precision >= 0 && (uint64_t)f.precision < n) n = (uint32_t)f.precision;
    int64_t pad = f.width > (int64_t)n ? f.width - n : 0;
    if (pad > 0x3fffffff) { rt_raise(EXC_MemoryError, 0); return 0; }
    int64_t left = 0, right = 0;
    if (f.align == '>') left = pad; else if (f.align == '^') { left = pad / 2; right = pad - left; } else right = pad;
    wsb sb = sb_new_cap((uint32_t)(n + pad));
    if (!sb) return 0;
    sb_add_repeat(sb, f.fill, (int32_t)left);
    for (uint32_t i = 0; i < n; i++) rt_sb_add_char(sb, str_at(s, i));
    sb_add_repeat(sb, f.fill, (int32_t)right);
    return rt_sb_finish(sb);
}
