/* strformat.c: str.format(*args, **kwargs), parsed as CPython 3.11's Objects/stringlib/
 * unicode_format.h parses it (the same scan order, so the same error wins when a string has
 * several), with auto and manual field numbering, [index] lookups, !r !s !a and nested specs. */
#include "rt.h"

typedef struct { wstr s; uint32_t pos, end; } cursor;
typedef struct { int state; int64_t next; } autonum; /* state: 0 unset, 1 auto, 2 manual */

static wobj fail_value(uint32_t cls, const char *msg) { raise_c(cls, msg); return 0; }

/* The decimal value of s[a:b] if it is all (Unicode) decimal digits, -1 if not; -2 after raising. */
static int64_t get_integer(wstr s, uint32_t a, uint32_t b) {
    if (a >= b) return -1;
    int64_t acc = 0;
    for (uint32_t i = a; i < b; i++) {
        int d = uni_decimal_value(str_at(s, i));
        if (d < 0) return -1;
        if (acc > (0x7fffffffffffffffLL - d) / 10) {
            raise_c(EXC_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static wstr substr(wstr s, uint32_t a, uint32_t b) {
    return rt_str_slice(s, mk_small(a), mk_small(b), box_ptr(NONE_PTR));
}

/* The public attributes of the built-in types (dir() without dunders), space-separated. */
static const char INT_ATTRS[] = " as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes ";
static const char FLOAT_ATTRS[] = " as_integer_ratio conjugate fromhex hex imag is_integer real ";
static const char STR_ATTRS[] = " capitalize casefold center count encode endswith expandtabs find format format_map index"
    " isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join"
    " ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit"
    " rstrip split splitlines startswith strip swapcase title translate upper zfill ";
static const char LIST_ATTRS[] = " append clear copy count extend index insert pop remove reverse sort ";
static const char TUPLE_ATTRS[] = " count index ";
static const char DICT_ATTRS[] = " clear copy fromkeys get items keys pop popitem setdefault update values ";
static const char SET_ATTRS[] = " add clear copy difference difference_update discard intersection intersection_update"
    " isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update ";

/* Whether s[a:b] is one of the space-separated names of `list`. */
static int listed(const char *list, wstr s, uint32_t a, uint32_t b) {
    for (const char *p = list; *p; p++) {
        if (*p != ' ' || !p[1]) continue;
        uint32_t k = 0;
        while (a + k < b && p[1 + k] && p[1 + k] != ' ' && (uint32_t)(uint8_t)p[1 + k] == str_at(s, a + k)) k++;
        if (a + k == b && p[1 + k] == ' ') return 1;
    }
    return 0;
}

/* obj.NAME for NAME = s[a:b]: the numeric attributes of ints and floats; AttributeError for a name
 * the type lacks; RT_EXIT_UNSUPPORTED for the methods and dunders (bound methods and classes print
 * with addresses or need objects the runtime does not model). */
static wobj attribute(wobj obj, wstr s, uint32_t a, uint32_t b) {
    uint32_t t = rt_obj_type(obj);
    const char *attrs;
    switch (t) {
    case T_INT: case T_BOOL: attrs = INT_ATTRS; break;
    case T_FLOAT: attrs = FLOAT_ATTRS; break;
    case T_STR: attrs = STR_ATTRS; break;
    case T_LIST: attrs = LIST_ATTRS; break;
    case T_TUPLE: attrs = TUPLE_ATTRS; break;
    case T_DICT: attrs = DICT_ATTRS; break;
    case T_SET: attrs = SET_ATTRS; break;
    case T_NONE: attrs = " "; break;
    default: rt_unsupported("attribute in a str.format field");
    }
    int dunder = b - a >= 2 && str_at(s, a) == '_' && str_at(s, a + 1) == '_';
    if (!dunder && !listed(attrs, s, a, b)) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "'");
        sb_add_cstr(sb, type_name(obj));
        sb_add_cstr(sb, "' object has no attribute '");
        for (uint32_t i = a; i < b; i++) rt_sb_add_char(sb, str_at(s, i));
        sb_add_cstr(sb, "'");
        rt_raise(EXC_AttributeError, rt_sb_finish(sb));
        return 0;
    }
    if (t == T_INT || t == T_BOOL) {
        wint v = t == T_BOOL ? mk_small(HDR(unbox_ptr(obj))[2]) : obj;
        if (listed(" real numerator ", s, a, b)) return v;
        if (listed(" imag ", s, a, b)) return mk_small(0);
        if (listed(" denominator ", s, a, b)) return mk_small(1);
    }
    if (t == T_FLOAT) {
        if (listed(" real ", s, a, b)) return obj;
        if (listed(" imag ", s, a, b)) return rt_box_float(0.0);
    }
    rt_unsupported("method or dunder attribute in a str.format field");
}

wobj number_attribute(wobj obj, wstr name) { return attribute(obj, name, 0, str_len(name)); }

/* The object a field name such as `0`, `name[key][1]` or `` (auto) denotes: a name is looked up
 * in kwargs (a boxed mapping, 0 for none), a number in args (0 for format_map, which has none). */
static wobj field_object(wstr s, uint32_t a, uint32_t b, wtuple args, wobj kwargs, autonum *an) {
    uint32_t i = a;
    while (i < b && str_at(s, i) != '.' && str_at(s, i) != '[') i++;
    int64_t index = get_integer(s, a, i);
    if (index == -2) return 0;
    int empty = a == i, numeric = empty || index != -1;
    if (numeric) {
        if (an->state == 0) an->state = empty ? 1 : 2;
        if (an->state == 2 && empty)
            return fail_value(EXC_ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (an->state == 1 && !empty)
            return fail_value(EXC_ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = an->next++;
    }
    wobj obj;
    if (index == -1) {
        wstr key = substr(s, a, i);
        if (!key) return 0;
        if (!kwargs) { raise_key_error(box_ptr(key)); return 0; }
        obj = rt_obj_getitem(kwargs, box_ptr(key));
        if (exc_pending()) return 0;
    } else {
        if (!args) return fail_value(EXC_ValueError, "Format string contains positional fields");
        if (index >= rt_tuple_len(args)) {
            wsb sb = rt_sb_new();
            sb_add_cstr(sb, "Replacement index ");
            rt_sb_add_str(sb, rt_int_to_str(mk_small(index)));
            sb_add_cstr(sb, " out of range for positional args tuple");
            rt_raise(EXC_IndexError, rt_sb_finish(sb));
            return 0;
        }
        obj = rt_tuple_get(args, (uint32_t)index);
    }
    /* The rest: .attr or [item], repeatedly. */
    while (i < b) {
        uint32_t c = str_at(s, i++), start = i;
        if (c == '.') {
            while (i < b && str_at(s, i) != '.' && str_at(s, i) != '[') i++;
            if (i == start) return fail_value(EXC_ValueError, "Empty attribute in format string");
            obj = attribute(obj, s, start, i);
            if (exc_pending()) return 0;
            continue;
        }
        if (c != '[') return fail_value(EXC_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        while (i < b && str_at(s, i) != ']') i++;
        if (i >= b) return fail_value(EXC_ValueError, "Missing ']' in format string");
        uint32_t stop = i++;
        if (stop == start) return fail_value(EXC_ValueError, "Empty attribute in format string");
        int64_t k = get_integer(s, start, stop);
        if (k == -2) return 0;
        wobj key;
        if (k >= 0) key = rt_int_from_i64(k);
        else { wstr ks = substr(s, start, stop); if (!ks) return 0; key = box_ptr(ks); }
        obj = rt_obj_getitem(obj, key);
        if (exc_pending()) return 0;
    }
    return obj;
}

/* ascii(v): repr with every non-ASCII code point escaped. */
static wstr ascii_of(wobj v) {
    wstr r = rt_obj_repr(v);
    if (!r) return 0;
    wsb sb = sb_new_cap(str_len(r));
    static const char hex[] = "0123456789abcdef";
    for (uint32_t i = 0; i < str_len(r); i++) {
        uint32_t c = str_at(r, i);
        if (c < 128) { rt_sb_add_char(sb, c); continue; }
        char b[10];
        int w = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        b[0] = '\\'; b[1] = w == 2 ? 'x' : w == 4 ? 'u' : 'U';
        for (int k = 0; k < w; k++) b[2 + k] = hex[(c >> (4 * (w - 1 - k))) & 15];
        sb_add_bytes(sb, b, 2 + (uint32_t)w);
    }
    return rt_sb_finish(sb);
}

static int build(wsb out, wstr s, uint32_t a, uint32_t b, wtuple args, wobj kwargs, int depth, autonum *an);

/* One replacement field; the cursor is just after its '{'. 0 after raising. */
static int field(wsb out, cursor *cur, wtuple args, wobj kwargs, int depth, autonum *an) {
    wstr s = cur->s;
    uint32_t name_start = cur->pos, c = 0;
    while (cur->pos < cur->end) {
        c = str_at(s, cur->pos++);
        if (c == '{') { raise_c(EXC_ValueError, "unexpected '{' in field name"); return 0; }
        if (c == '[') {
            while (cur->pos < cur->end && str_at(s, cur->pos) != ']') cur->pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    uint32_t name_end = cur->pos - 1, conversion = 0, spec_start = 0, spec_end = 0;
    int expand = 0;
    if (c == '!' || c == ':') {
        int has_spec = 1;
        if (c == '!') {
            if (cur->pos >= cur->end) {
                raise_c(EXC_ValueError, "end of string while looking for conversion specifier");
                return 0;
            }
            conversion = str_at(s, cur->pos++);
            if (cur->pos < cur->end) {
                c = str_at(s, cur->pos++);
                if (c == '}') has_spec = 0;
                else if (c != ':') { raise_c(EXC_ValueError, "expected ':' after conversion specifier"); return 0; }
            }
        }
        if (has_spec) {
            /* The spec runs to the matching '}', nested fields included. */
            spec_start = cur->pos;
            int count = 1, closed = 0;
            while (cur->pos < cur->end) {
                uint32_t d = str_at(s, cur->pos++);
                if (d == '{') { expand = 1; count++; }
                else if (d == '}' && --count == 0) { spec_end = cur->pos - 1; closed = 1; break; }
            }
            if (!closed) { raise_c(EXC_ValueError, "unmatched '{' in format spec"); return 0; }
        }
    } else if (c != '}') {
        raise_c(EXC_ValueError, "expected '}' before end of string");
        return 0;
    }
    wobj obj = field_object(s, name_start, name_end, args, kwargs, an);
    if (exc_pending()) return 0;
    if (conversion) {
        wstr conv;
        if (conversion == 'r') conv = rt_obj_repr(obj);
        else if (conversion == 's') conv = rt_obj_str(obj);
        else if (conversion == 'a') conv = ascii_of(obj);
        else {
            wsb m = rt_sb_new();
            sb_add_cstr(m, "Unknown conversion specifier ");
            if (conversion > 32 && conversion < 127) rt_sb_add_char(m, conversion);
            else {
                char b[9];
                int n = 0;
                static const char hex[] = "0123456789abcdef";
                for (int sh = 28; sh >= 0; sh -= 4) if (n || (conversion >> sh) & 15 || sh == 0) b[n++] = hex[(conversion >> sh) & 15];
                sb_add_cstr(m, "\\x");
                sb_add_bytes(m, b, (uint32_t)n);
            }
            rt_raise(EXC_ValueError, rt_sb_finish(m));
            return 0;
        }
        if (!conv) return 0;
        obj = box_ptr(conv);
    }
    wstr spec;
    if (expand) {
        wsb sb = rt_sb_new();
        if (!build(sb, s, spec_start, spec_end, args, kwargs, depth - 1, an)) return 0;
        spec = rt_sb_finish(sb);
    } else {
        spec = substr(s, spec_start, spec_end);
    }
    if (!spec) return 0;
    wstr text = rt_obj_format(obj, spec);
    if (!text) return 0;
    rt_sb_add_str(out, text);
    return 1;
}

static int build(wsb out, wstr s, uint32_t a, uint32_t b, wtuple args, wobj kwargs, int depth, autonum *an) {
    if (depth <= 0) { raise_c(EXC_ValueError, "Max string recursion exceeded"); return 0; }
    cursor cur = { s, a, b };
    while (cur.pos < cur.end) {
        /* Literal text up to the next '{' or '}'. */
        uint32_t start = cur.pos, c = 0;
        int markup = 0;
        while (cur.pos < cur.end) {
            c = str_at(s, cur.pos++);
            if (c == '{' || c == '}') { markup = 1; break; }
        }
        int at_end = cur.pos >= cur.end;
        uint32_t len = cur.pos - start;
        if (c == '}' && markup && (at_end || str_at(s, cur.pos) != '}')) {
            raise_c(EXC_ValueError, "Single '}' encountered in format string");
            return 0;
        }
        if (at_end && c == '{' && markup) { raise_c(EXC_ValueError, "Single '{' encountered in format string"); return 0; }
        if (markup && !at_end) {
            if (str_at(s, cur.pos) == c) { cur.pos++; markup = 0; } /* '{{' or '}}' */
            else len--;
        }
        for (uint32_t i = start; i < start + len; i++) rt_sb_add_char(out, str_at(s, i));
        if (markup && !field(out, &cur, args, kwargs, depth, an)) return 0;
    }
    return 1;
}

wstr WEXPORT(rt_str_format_method)(wstr fmt, wtuple args, wdict kwargs) {
    autonum an = { 0, 0 };
    wsb out = sb_new_cap(str_len(fmt));
    if (!out) return 0;
    if (!build(out, fmt, 0, str_len(fmt), args, kwargs ? box_ptr(kwargs) : 0, 2, &an)) return 0;
    return rt_sb_finish(out);
}

wstr str_format_map(wstr fmt, wobj mapping) {
    autonum an = { 0, 0 };
    wsb out = sb_new_cap(str_len(fmt));
    if (!out) return 0;
    if (!build(out, fmt, 0, str_len(fmt), 0, mapping, 2, &an)) return 0;
    return rt_sb_finish(out);
}
