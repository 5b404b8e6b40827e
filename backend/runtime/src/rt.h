/* rt.h: helpers shared by the runtime's C files (not part of the ABI; see include/waspy.h). */
#ifndef RT_H
#define RT_H
#include "../include/waspy.h"

#define NULL ((void *)0)
#define INLINE static inline __attribute__((always_inline))
#define NORETURN __attribute__((noreturn))

/* Object header access. */
#define HDR(p) ((uint32_t *)(size_t)(p))
INLINE uint32_t obj_type(uint32_t p) { return HDR(p)[0] & 0xff; }
INLINE uint32_t obj_word(uint32_t p) { return HDR(p)[1]; }


/* Tagged ints. */
#define SMALL_MAX 0x3fffffffffffffffLL
#define SMALL_MIN (-0x3fffffffffffffffLL - 1)
INLINE int is_small(wint v) { return (v & 1) == 0; }
INLINE int64_t small_val(wint v) { return v >> 1; }
INLINE wint mk_small(int64_t x) { return (wint)((uint64_t)x << 1); }
INLINE int fits_small(int64_t x) { return x >= SMALL_MIN && x <= SMALL_MAX; }
INLINE uint32_t big_ptr(wint v) { return (uint32_t)(v ^ 1); }
INLINE wobj box_ptr(uint32_t p) { return (wobj)((uint64_t)p | 1); }
INLINE uint32_t unbox_ptr(wobj v) { return (uint32_t)(v ^ 1); }

/* Strings: header word = length; hash at 8; kind at 12; data at 16. */
INLINE uint32_t str_len(wstr s) { return HDR(s)[1]; }
INLINE uint32_t str_kind(wstr s) { return HDR(s)[3]; }
INLINE uint8_t *str_data(wstr s) { return (uint8_t *)(size_t)(s + 16); }
INLINE uint32_t str_at(wstr s, uint32_t i) {
    uint32_t k = str_kind(s);
    if (k == 1) return str_data(s)[i];
    if (k == 2) return ((uint16_t *)str_data(s))[i];
    return ((uint32_t *)str_data(s))[i];
}
wstr str_new(uint32_t len, uint32_t kind);
wstr str_from_ascii(const char *p, uint32_t n);
wstr str_from_cstr(const char *p);
wstr str_from_utf8(const uint8_t *p, uint32_t n); /* UTF-8 with surrogateescape (utf8.c) */
uint32_t cstrlen(const char *p);

/* Exceptions with C-string messages. */
void raise_c(uint32_t cls, const char *msg);
/* An exception object's size: class id, message, args, cause, then (an instance of a program's
 * exception class with a body) its attribute dict and its class object, each a u32 (0 = none). */
#define EXC_BYTES 32
/* Pending-exception test inside the runtime. */
INLINE int exc_pending(void) { return rt_exc != 0; }
NORETURN void rt_unsupported(const char *what);
/* The class name of exception e: a C string, or (null returned) the registered str in *user. */
const char *exc_class_name(wexc e, wstr *user);
/* The class name of exception e as a C string (a program's class too). */
const char *exc_type_name(wexc e);
/* e.args: the tuple e was made with, else (message,) or (); 0 when out of memory. */
wtuple exc_args(wexc e);
/* repr(e): Name('message'), Name() or Name(a, b). */
wstr exc_repr(wexc e);
/* Raises KeyError(key) (message repr(key)), or KeyError(msg) for a C string. */
void raise_key_error(wobj key);
void raise_key_error_c(const char *msg);
/* An internal error of the runtime or of compiled code: message to stderr, exit status 70. */
NORETURN void rt_fatal(const char *what);

/* Memory helpers (clang lowers these to memory.copy / memory.fill with -mbulk-memory). */
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
/* Scratch allocation: heap memory for temporaries (reclaimed by the collector later). scratch
 * returns null with MemoryError pending when memory runs out (a size of 4 GiB or more included);
 * its caller must check. scratch_sure never returns null: for temporaries a function cannot do
 * without once it started, it ends the program as an uncaught MemoryError. */
void *scratch(uint64_t bytes);
/* rt_alloc for a size computed in 64 bits: 4 GiB or more is a MemoryError, never a wrapped size. */
uint32_t heap_alloc(uint64_t size, uint32_t type_id);
void *scratch_sure(uint64_t bytes);

/* Static singletons. */
extern uint32_t rt_none_obj[2] __asm__("rt_none_addr");
extern uint32_t rt_true_obj[4] __asm__("rt_true_addr");
extern uint32_t rt_false_obj[4] __asm__("rt_false_addr");
#define NONE_PTR ((uint32_t)(size_t)rt_none_obj)
#define TRUE_PTR ((uint32_t)(size_t)rt_true_obj)
#define FALSE_PTR ((uint32_t)(size_t)rt_false_obj)

/* Double bits. */
INLINE uint64_t dbits(double x) { uint64_t u; __builtin_memcpy(&u, &x, 8); return u; }
INLINE double bitsd(uint64_t u) { double x; __builtin_memcpy(&x, &u, 8); return x; }
INLINE int d_isnan(double x) { return x != x; }
INLINE int d_isinf(double x) { return x == __builtin_inf() || x == -__builtin_inf(); }
INLINE int d_isfinite(double x) { return !d_isnan(x) && !d_isinf(x); }

/* Output internals. */
void out_bytes(int fd, const uint8_t *p, uint32_t n);
void out_cstr(int fd, const char *p);
void out_str(int fd, wstr s);
uint32_t utf8_encode_pub(uint32_t c, uint8_t *b); /* one code point as UTF-8 into b; its length (io.c) */
void argv_mark_roots(void (*mark)(uint32_t)); /* sys.argv's list, once made (argv.c) */

/* Bigint internals (bigint.c). A magnitude is little-endian u32 limbs. */
typedef struct { uint32_t *d; int32_t n; int32_t neg; } big;
/* View of a tagged int as a sign-magnitude number; `tmp` holds the limbs of a small value. */
big big_view(wint v, uint32_t tmp[2]);
/* Canonical tagged int from a sign-magnitude (copies into a new bigint object when needed). */
wint big_make(const uint32_t *d, int32_t n, int32_t neg);
/* Scratch magnitude routines. */
int32_t mag_norm(const uint32_t *a, int32_t n);
int mag_cmp(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb);
int32_t mag_add(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
int32_t mag_sub(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
int32_t mag_mul(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
/* Limbs of workspace mag_mul_in needs for operands of na and nb limbs (0 below Karatsuba's
 * cutoff); mag_mul_in is mag_mul with the caller's workspace, which then has to check one
 * allocation only. */
uint64_t mul_workspace(int32_t na, int32_t nb);
/* The number of zero limbs below the lowest nonzero one of a nonzero x (int.c). */
int32_t zero_limbs(big x);
int32_t mag_mul_in(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out, uint32_t *ws);
int32_t mag_mul_small(const uint32_t *a, int32_t na, uint32_t m, uint32_t add, uint32_t *out);
uint32_t mag_divmod_small(const uint32_t *a, int32_t na, uint32_t m, uint32_t *q);
/* q (na-nb+1 limbs) and r (nb limbs) may be null. Returns normalized lengths via *nq, *nr. */
void mag_divmod(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb,
                uint32_t *q, int32_t *nq, uint32_t *r, int32_t *nr);
int32_t mag_shl(const uint32_t *a, int32_t na, uint32_t bits, uint32_t *out);
int32_t mag_shr(const uint32_t *a, int32_t na, uint32_t bits, uint32_t *out);
uint32_t mag_bitlen(const uint32_t *a, int32_t na);
/* Correctly rounded a / b (magnitudes) as a double with half-even rounding; sets *overflow. */
double mag_ratio_to_double(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, int *overflow);
/* Correctly rounded magnitude as a double; *overflow set if it exceeds the double range. */
double mag_to_double(const uint32_t *a, int32_t na, int *overflow);
/* Decimal digits of a magnitude into buf (no sign); returns the count. buf needs
 * 10 * na + 1 bytes. */
uint32_t mag_to_decimal(const uint32_t *a, int32_t na, char *buf);
/* Magnitude from decimal digit characters (no sign, no underscores). out needs n/9+2 limbs. */
int32_t mag_from_decimal(const char *digits, uint32_t n, uint32_t *out);

/* Float internals (dtoa.c). */
/* Shortest round-trip digits of a finite positive double: digits into buf (no dot), returns the
 * count and sets *dexp so that value = 0.DIGITS * 10^dexp. */
int32_t dtoa_shortest(double x, char *buf, int32_t *dexp);
/* Correctly rounded (half-even on the exact value) digits. mode 'e': ndig significant digits;
 * mode 'f': ndig digits after the decimal point. Same output convention as dtoa_shortest;
 * may return 0 digits (value rounds to 0 in mode 'f'). buf needs room for the digits. */
int32_t dtoa_fixed(double x, int mode, int32_t ndig, char *buf, int32_t *dexp);
/* Correctly rounded parse of a decimal: digits (no dot), value = 0.DIGITS * 10^dexp. */
double strtod_digits(const char *digits, int32_t n, int32_t dexp);
double pow10_exact(int k); /* 10^k for 0 <= k <= 22 */

/* Str helpers (str.c). */
wsb sb_new_cap(uint32_t cap);
void sb_add_cstr(wsb sb, const char *p);
void sb_add_bytes(wsb sb, const char *p, uint32_t n);
void sb_add_repeat(wsb sb, uint32_t cp, int32_t n);
uint32_t sb_len(wsb sb);
uint32_t str_to_ascii_tmp(wstr s, char **out); /* code points < 128 only; others become 0x80+ */
const char *type_name(wobj v);
void raise_typed(const char *pre, wobj v, const char *post); /* TypeError "PRE<type name>POST" (obj.c) */
int obj_same(wobj a, wobj b); /* identity, then == (PyObject_RichCompareBool); NaN pairs stop the program */
int slice_index(wobj v, int64_t *out, int *is_none); /* a slice bound (str.c); 0 after raising */
int slice_bounds_stop(int64_t len, wobj wstart, wobj wstop, wobj wstep, int64_t *pstart, int64_t *pstop,
                      int64_t *pstep, int64_t *count); /* (str.c) 0 after raising */
int ssize_of(wint v, int64_t *out); /* an int as a C ssize_t (str.c); 0 after raising OverflowError */
int fits_ssize(wint v); /* whether v lies in Py_ssize_t's range [-2**63, 2**63 - 1] (int.c) */
/* An index argument as a tagged int, a bool as 0/1; 0 after raising TypeError "'str' object cannot
 * be interpreted as an integer" (attr.c). */
int want_index(wobj x, wint *out);
int want_c_int(wobj x, int32_t *out); /* an int argument as a C int: TypeError, OverflowError (strtranslate.c) */
/* How CPython checks a method's argument count: METH_O ("list.count() takes exactly one argument
 * (2 given)"), METH_NOARGS ("str.casefold() takes no arguments (1 given)"), PyArg_ParseTuple
 * ("find() takes at least 1 argument (0 given)"), Argument Clinic's positional check ("replace
 * expected at least 2 arguments, got 1"), or any number (METH_VARARGS). */
enum { ARITY_ONE, ARITY_NOARGS, ARITY_PARSE, ARITY_CLINIC, ARITY_ANY };
/* The items of a method's argument tuple after checking their count by `arity` (methods.c): n
 * set; NULL after raising CPython's TypeError. */
const wobj *method_args(wobj self, const char *name, int arity, uint32_t min, uint32_t max, wtuple args, uint32_t *n);
/* Str methods that map characters (strtranslate.c); each returns 0 after raising. */
wstr str_expandtabs(wstr s, int32_t tabsize);
wstr str_translate(wstr s, wobj table);
wdict str_maketrans(const wobj *a, uint32_t n);
wstr str_format_map(wstr fmt, wobj mapping); /* fmt.format_map(mapping) (strformat.c) */
/* Float methods (float.c): x.as_integer_ratio() (ValueError for NaN, OverflowError for an
 * infinity) and x.hex(). */
wtuple float_as_integer_ratio(double x);
wstr float_hex(double x);
double float_fromhex(wstr s); /* float.fromhex(s); 0 after raising ValueError or OverflowError */
const char *iter_type_name(uint32_t it); /* 'list_iterator', ... (iter.c) */

/* Range internals (range.c). */
int64_t range_len(uint32_t r);
wint range_item(uint32_t r, int64_t i);
wobj range_getitem(uint32_t r, wint i);
wstr range_repr(uint32_t r);
uint32_t range_contains(uint32_t r, wobj x);
uint32_t range_eq(uint32_t a, uint32_t b);
wobj range_getslice(uint32_t r, wobj start, wobj stop, wobj step);
wint range_count(uint32_t r, wobj x);
wint range_index(uint32_t r, wobj x); /* raises ValueError when absent */
wtuple range_hash_key(uint32_t r); /* what hash(r) hashes: (len, start, step), None where unused */

/* Dict view internals (dictview.c). */
uint32_t dictview_kind(uint32_t v); /* 0 keys, 1 values, 2 items */
wdict dictview_dict(uint32_t v);
const char *dictview_type_name(uint32_t v);
int64_t dictview_len(uint32_t v);
int is_setlike_view(wobj x);
wstr dictview_repr(uint32_t v);
uint32_t dictview_contains(uint32_t v, wobj x);
int dictview_compare(wobj self, wobj other, int op); /* 0 == 1 < 2 <= 3 > 4 >=; -1 not set-like */
wobj dictview_setop(int op, wobj a, wobj b);        /* 0 & 1 | 2 ^ 3 - */

/* Container internals. */
int32_t dict_prev(wdict d, int32_t pos);   /* last live entry at or before pos, or -1 */
int32_t dict_entries_used(wdict d);        /* entries ever used: reversed iteration starts below */
wobj range_reversed(uint32_t r);           /* the range of r's items backwards */
wlist list_with_cap(uint32_t n, uint32_t capacity); /* n items (unset), room for capacity */
int64_t set_next_slot(wset s, uint64_t pos);        /* first live table slot >= pos, or -1 */
wobj set_slot_key(wset s, uint64_t i);
/* A set or a frozenset: one layout, which the rt_set_* functions read alike. */
INLINE int is_anyset(uint32_t t) { return t == T_SET || t == T_FROZENSET; }
int64_t set_table_hash(wset s);                     /* hash(frozenset(s)), CPython's frozenset_hash */
/* frozenset.c: the result r of a set operation (0 after raising) boxed as a value of type t
 * (T_SET or T_FROZENSET: the left operand's type); a frozenset's repr; a | b, a & b, a ^ b
 * (op 0 1 2 as rt_obj_and, or, xor) and a - b (op 3) for two sets or frozensets. */
wobj anyset_result(wset r, uint32_t t);
wstr frozenset_repr(wset s);
wobj anyset_binop(int op, wobj a, wobj b);

/* Unicode tables (unicode_tables.c, generated). */
extern const uint8_t uni_nonprintable_packed[];
extern const uint8_t uni_xid_start_packed[];
extern const uint32_t uni_xid_start_packed_size;
extern const uint8_t uni_xid_continue_packed[];
extern const uint32_t uni_xid_continue_packed_size;
/* Whether c lies in one of the ranges of a packed table (LEB128 pairs: gap, length) from `origin` (str.c). */
int uni_in_ranges(const uint8_t *packed, uint32_t size, uint32_t origin, uint32_t c);
extern const uint32_t uni_nonprintable_packed_size;
extern const uint32_t uni_decimal_zeros[];
extern const uint32_t uni_decimal_zeros_count;
extern const uint32_t uni_case_runs[];
extern const uint32_t uni_case_runs_count;
extern const int32_t uni_case_records[];
extern const uint32_t uni_case_special[];
extern const uint32_t uni_fold[];
extern const uint32_t uni_fold_count;
int uni_is_printable(uint32_t c);
int uni_decimal_value(uint32_t c); /* 0-9, or -1 if c is not a decimal digit */
int is_space_cp(uint32_t c);

/* Classes, instances and calls (class.c). The operations of other files reach class.c through
 * the hooks below, imports of module waspy_prog: the linker binds each to class.c's function of
 * the same name when the program has classes (it imports them), else to a trap, as no instance
 * can exist then; so a program without classes links none of class.c. */
#define CLASS_HOOK(name) __attribute__((import_module("waspy_prog"), import_name(#name)))
#define CLASS_EXPORT(name) __attribute__((export_name(#name))) name
CLASS_HOOK(class_type_name) const char *hook_type_name(wobj v);
CLASS_HOOK(class_repr) wstr hook_repr(wobj v);
CLASS_HOOK(class_str) wstr hook_str(wobj v);
CLASS_HOOK(class_truthy) int hook_truthy(wobj v);          /* -1 after raising */
CLASS_HOOK(class_len) wint hook_len(wobj v);
CLASS_HOOK(class_hash) int hook_hash(wobj v, int64_t *out);
CLASS_HOOK(class_binop) wobj hook_binop(int op, wobj a, wobj b); /* op: arith's numbering, then & | ^ << >> from 8 */
CLASS_HOOK(class_inplace) wobj hook_inplace(int op, wobj a, wobj b);
CLASS_HOOK(class_unary) wobj hook_unary(int op, wobj a);   /* 0 neg, 1 pos, 2 invert, 3 abs */
CLASS_HOOK(class_richcompare) wobj hook_richcompare(int op, wobj a, wobj b); /* 0 == 1 != 2 < 3 <= 4 > 5 >= */
CLASS_HOOK(class_contains) uint32_t hook_contains(wobj c, wobj item);
CLASS_HOOK(class_item) wobj hook_item(wobj c, uint32_t which, wobj key, wobj v); /* 0 get, 1 set, 2 del */
CLASS_HOOK(class_iter) wobj hook_iter(wobj v);
CLASS_HOOK(class_iter_step) uint32_t hook_iter_step(wobj it);
CLASS_HOOK(class_iter_value) wobj hook_iter_value(void);
CLASS_HOOK(class_callable) uint32_t hook_callable(wobj v);   /* callable(v) of a class, function or instance */
CLASS_HOOK(class_getattr_any) wobj hook_getattr_any(wobj o, wstr name); /* 0, nothing raised, for other types */
extern uint32_t gc_deferred;                  /* > 0 while compiled code runs under a runtime call */
int hash_of(wobj v, int64_t *out);            /* (dict.c) 0 after raising */
int class_missing(wobj v);                    /* whether a hook found no special method */
wobj class_inplace_or(int op, wobj a, wobj b); /* (obj.c) a op= b: the hook, else the binary operator */
INLINE int is_instance_obj(wobj v) { return !is_small(v) && obj_type(unbox_ptr(v)) == T_INSTANCE; }
void class_mark_roots(void (*mark)(uint32_t));
int builtin_method_exists(wobj self, wstr name); /* (methods.c) */
/* The attribute names of the built-in types, sorted, each with a bit per type id that has it (attrnames.c). */
struct builtin_attr { const char *name; uint32_t types; };
extern const struct builtin_attr builtin_attrs[];
extern const uint32_t builtin_attrs_count;
wobj builtin_getattr(wobj o, wstr name); /* (attr.c) o.name of a built-in value */
#endif
