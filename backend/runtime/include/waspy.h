/*
 * waspy.h: every function and data address the Waspy runtime exports to compiled code.
 *
 * This is the machine-checked half of ABI.md. C types map to Wasm types as follows:
 *   int64_t / tagged int / boxed object -> i64      double -> f64
 *   uint32_t / int32_t / pointers       -> i32      void   -> no result
 * The linker compares each `waspy_rt` import of a program against these exports and refuses a
 * mismatch, so a signature change here is a change of the ABI.
 *
 * Conventions
 * - A Python `int` crosses the ABI as a tagged i64 (`wint`): even = small value `v >> 1`,
 *   odd = pointer to a bigint `(v ^ 1)`. Every function returning a Python int returns it tagged and
 *   canonical (small whenever the value fits in 63 bits).
 * - A boxed value of unknown type (`wobj`) is an i64: even = small int, odd = `ptr | 1`.
 * - `wstr`, `wtuple`, `wexc` are i32 pointers to heap or static objects (layouts in ABI.md).
 * - "Raises X" means: on that condition the function stores a new exception in `rt_exc` and returns
 *   a dummy (0 / 0.0 / null). The caller must test `*rt_exc_addr != 0` after any call marked so.
 *   A function without a "Raises" line never raises (except MemoryError, which any allocating
 *   function may raise).
 */
#ifndef WASPY_H
#define WASPY_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;
typedef unsigned long size_t;

typedef int64_t wint;    /* tagged Python int */
typedef int64_t wobj;    /* boxed Python value of any type */
typedef uint32_t wstr;   /* pointer to a str object */
typedef uint32_t wtuple; /* pointer to a tuple object */
typedef uint32_t wexc;   /* pointer to an exception object */
typedef uint32_t wsb;    /* pointer to a string builder */
typedef uint32_t wlist;  /* pointer to a list */
typedef uint32_t wdict;  /* pointer to a dict */
typedef uint32_t wset;   /* pointer to a set */

#define WEXPORT(name) __attribute__((export_name(#name))) name

/* ---- type ids (header bits 0-7) ------------------------------------------------------------ */
enum {
    T_NONE = 1, T_BOOL = 2, T_INT = 3, T_FLOAT = 4, T_STR = 5, T_TUPLE = 6, T_EXC = 7,
    T_FREE = 0, /* a free heap block: word = its size in bytes */
    T_LIST = 8, T_DICT = 9, T_SET = 10, T_RANGE = 11, T_STRBUILDER = 12,
    T_RAW = 13,   /* untyped scratch: word = payload bytes; never traced */
    T_SLOTS = 14, /* array of boxed values: word = count */
    T_ITER = 16,  /* iterator of rt_obj_iter: generic layout, word = 6 (ABI.md) */
    T_DICTVIEW = 17, /* d.keys(), d.values(), d.items(): generic layout, word = 2 (ABI.md) */
    /* classes and calls (class.c): generic layouts (ABI.md) */
    T_CLASS = 18, T_INSTANCE = 19, T_FUNCTION = 20, T_METHOD = 21, T_DESCR = 23, T_SUPER = 24,
    T_NOTIMPL = 25, /* NotImplemented: one static object */
    T_STANDIN = 26, /* what an __exit__ gets of a built-in exception: its class, its traceback (class.c) */
    T_FROZENSET = 22, /* frozenset: the set's layout (set.c, frozenset.c) */
    T_USER_FIRST = 64 /* instances of compiled classes */
};

/* ---- exception class ids, following CPython 3.11's hierarchy (parents in exc.c) ------------- */
enum {
    EXC_BaseException = 1, EXC_SystemExit, EXC_KeyboardInterrupt, EXC_GeneratorExit, EXC_Exception,
    EXC_StopIteration, EXC_StopAsyncIteration, EXC_ArithmeticError, EXC_FloatingPointError,
    EXC_OverflowError, EXC_ZeroDivisionError, EXC_AssertionError, EXC_AttributeError,
    EXC_BufferError, EXC_EOFError, EXC_ImportError, EXC_ModuleNotFoundError, EXC_LookupError,
    EXC_IndexError, EXC_KeyError, EXC_MemoryError, EXC_NameError, EXC_UnboundLocalError,
    EXC_OSError, EXC_ReferenceError, EXC_RuntimeError, EXC_NotImplementedError,
    EXC_RecursionError, EXC_SyntaxError, EXC_SystemError, EXC_TypeError, EXC_ValueError,
    EXC_UnicodeError, EXC_UnicodeDecodeError, EXC_UnicodeEncodeError, EXC_UnicodeTranslateError,
    EXC_BUILTIN_COUNT,
    EXC_USER_FIRST = 64 /* classes defined by the program, registered with rt_exc_register */
};

/* Exit status when a program reaches something the runtime cannot do with CPython's semantics
 * (for example a float power whose result would be complex): never a wrong value. */
#define RT_EXIT_UNSUPPORTED 3

/* ---- exported data (each is an immutable i32 global holding the address) ------------------- */
/* rt_exc_addr: address of the u32 slot holding the pending exception (0 = none).
 * rt_none_addr, rt_true_addr, rt_false_addr: the static None / True / False objects.
 * __heap_base: end of the runtime's static data (address A of ABI.md). */
extern uint32_t rt_exc __asm__("rt_exc_addr");

/* ---- memory (mem.c) ------------------------------------------------------------------------ */
/* Sets up the shadow stack [shadow_base, heap_base) and the heap from heap_base, growing linear
 * memory up to max_pages (64 KiB pages; 0 = up to 4 GiB). Must be the first call of _start. */
void rt_init(uint32_t shadow_base, uint32_t heap_base, uint32_t max_pages);
/* Zeroed, 8-byte aligned object of `size` bytes (header included) with its type id set.
 * Raises MemoryError when linear memory cannot grow (returns 0). Never collects. */
uint32_t rt_alloc(uint32_t size, uint32_t type_id);
/* Safepoint: collects when enough was allocated since the last collection. Roots are the boxed
 * 8-byte slots in [shadow_base, shadow_top) and the pending exception (ABI.md). */
void rt_gc_poll(uint32_t shadow_top);
/* Collects now, whatever was allocated. */
void rt_gc_collect(uint32_t shadow_top);
/* Bytes in live objects after the last collection plus bytes allocated since (for tests, --stats). */
uint32_t rt_heap_used(void);
/* Number of collections so far. */
uint32_t rt_gc_count(void);
/* Debug modes of the collector (bits of rt_gc_config's `mode`). */
enum {
    RT_GC_VERIFY = 1, /* verify the heap before and after every collection; poison freed blocks */
    RT_GC_STRESS = 2  /* collect at every safepoint */
};
/* Called by _start right after rt_init: `due_addr` is an i32 of the program's memory that rt_alloc
 * sets to 1 once a collection is due (always 1 under RT_GC_STRESS), so that a safepoint of compiled
 * code tests it inline and calls rt_gc_poll only then; `mode` holds RT_GC_* bits. A heap found
 * corrupt stops the program with "waspy: internal error: heap verification ..." (status 70). */
void rt_gc_config(uint32_t due_addr, uint32_t mode);
/* Linear memory's size in 64 KiB pages: memory never shrinks, so at exit this is the peak. */
uint32_t rt_memory_pages(void);
/* Writes "waspy: gc: N collections, memory P pages, ..." to stderr (waspy run --gc-stats). */
void rt_gc_report(void);

/* ---- exceptions (exc.c) -------------------------------------------------------------------- */
/* New exception object of class `class_id` with message `msg` (a str, 0 = no message). */
wexc rt_exc_new(uint32_t class_id, wstr msg);
/* Sets the pending exception to a new exception object. */
void rt_raise(uint32_t class_id, wstr msg);
/* Same, message given as a NUL-terminated UTF-8 string in linear memory. */
void rt_raise_c(uint32_t class_id, uint32_t cmsg);
/* Sets the pending exception to an existing exception object (re-raise). */
void rt_raise_exc(wexc e);
/* The pending exception (0 if none) and clears the slot. */
wexc rt_exc_take(void);
/* 1 if exception object `e` is an instance of class `class_id` (or of a subclass). */
uint32_t rt_exc_matches(wexc e, uint32_t class_id);
/* Registers a program-defined exception class: id >= EXC_USER_FIRST, its parent, its name. */
void rt_exc_register(uint32_t class_id, uint32_t parent_id, wstr name);
/* rt_exc_register for compiled code: a class statement of the program defines an exception class. */
void rt_exc_define(wint class_id, wint parent_id, wstr name);
/* str(e): the message, '' if none. */
wstr rt_exc_str(wexc e);
/* Called by _start when an exception escapes the module: flushes stdout, writes
 * "Traceback (most recent call last):" and "Name: message" (or "Name") to stderr, exits 1.
 * rt_uncaught is for programs that never make an exception (it writes the runtime's message);
 * rt_uncaught_made for the others: "Name: str(e)", and an uncaught SystemExit exits instead as
 * CPython does: status 0 for None, the int, or str(code) on stderr and status 1. */
void rt_uncaught(void);
void rt_uncaught_made(void);
/* A pending SystemExit ends the program as an uncaught one does (library entries, after a call);
 * any other pending exception stays. */
void rt_exit_on_system_exit(void);
/* ---- exceptions as Python values (boxed objects) ---- */
/* ExcClass(*args): a new exception of class `class_id` (a tagged int) whose args are the boxed tuple `args`. */
wobj rt_exc_make(wint class_id, wobj args);
/* The pending exception as a boxed object, clearing the slot (entering an except handler). */
wobj rt_exc_catch(void);
/* raise v. Raises v itself, or TypeError "exceptions must derive from BaseException". */
void rt_exc_throw(wobj v);
/* raise v from cause: records the cause (an exception, or None for none). Raises TypeError
 * "exceptions must derive from BaseException" for a v that is not an exception, "exception causes
 * must derive from BaseException" for a cause that is neither. */
void rt_exc_set_cause(wobj v, wobj cause);
/* 1 if v is an exception whose class is `class_id` or a subclass of it (an except clause's test). */
uint32_t rt_exc_is(wobj v, wint class_id);
/* o.name for the attributes of built-in values Waspy models: an exception's `args`.
 * Raises AttributeError "'T' object has no attribute 'name'" for any other. */
wobj rt_obj_getattr(wobj o, wstr name);

/* ---- classes, instances and calls (class.c; ABI.md, "Classes and calls") -------------------- */
/* class NAME(*bases): body, the body's names in ns. Raises TypeError (a base that is not a class,
 * a duplicate base, "Cannot create a consistent method resolution order (MRO) for bases A, B"). */
wobj rt_class_new(wstr name, wtuple bases, wdict ns);
/* Makes cls the class of the runtime's exception class `id` (rt_exc_define): calling it makes exceptions. */
void rt_class_set_exception(wobj cls, wint id);
/* A name a class body binds, read in that body. Raises NameError "name 'x' is not defined". */
wobj rt_class_ns_get(wdict ns, wstr name);
/* A function object: its table index (tagged), name, qualified name, parameter names (strs) and
 * the defaults of its last parameters. */
wobj rt_func_new(wint index, wstr name, wstr qualname, wtuple params, wtuple defaults);
wobj rt_staticmethod(wobj f);
wobj rt_classmethod(wobj f);
wobj rt_property(wobj fget);
/* prop.setter(f) (which = 1) or prop.deleter(f) (2). Raises AttributeError for another value. */
wobj rt_property_with(wobj prop, wint which, wobj f);
/* o.name = v and del o.name. Raise AttributeError ("property 'x' of 'C' object has no setter",
 * "'int' object has no attribute 'x'") and what a property's setter raises. */
void rt_obj_setattr(wobj o, wstr name, wobj v);
void rt_obj_delattr(wobj o, wstr name);
/* callee(*args, **kwargs) as a frame (table index, mode, result, arguments...) that compiled code
 * calls through its function table; kwargs is a dict or None. Raises TypeError for the arguments
 * in CPython's words ("C.m() takes 2 positional arguments but 3 were given", "f() missing 1
 * required positional argument: 'x'", "f() got an unexpected keyword argument 'z'", "'int' object
 * is not callable", "C() takes no arguments"). */
wtuple rt_call_prepare(wobj callee, wtuple args, wobj kwargs);
/* self.name(*args, **kwargs) as a frame: raises as rt_obj_getattr and rt_call_prepare; a built-in
 * receiver's method is called at once (its result in a frame that calls nothing). */
wtuple rt_method_prepare(wobj self, wstr name, wtuple args, wobj kwargs);
/* The value of a call of `frame` that returned r: the new instance for a class (TypeError
 * "__init__() should return None, not 'int'"), else r. */
wobj rt_call_result(wtuple frame, wobj r);
/* super(cls, self). Raises TypeError "super(type, obj): obj must be an instance or subtype of type". */
wobj rt_super(wobj cls, wobj self);
wobj rt_notimplemented(void);
/* Whether v is an instance, a class or a function object (a value the runtime's method table does not serve). */
uint32_t rt_obj_is_instance(wobj v);
/* isinstance(v, cls) and issubclass(c, cls) for classes of the program. Raise TypeError when cls is not one. */
uint32_t rt_isinstance_class(wobj v, wobj cls);
uint32_t rt_issubclass_class(wobj c, wobj cls);
/* with m: m's __exit__ bound to m, once m's class has __enter__ and __exit__. Raises TypeError
 * "'int' object does not support the context manager protocol" ("(missed __exit__ method)"). */
wobj rt_with_exit(wobj mgr);
/* What __exit__ gets for exception e: type(e) (a class of the program, or a stand-in for a built-in
 * class: repr <class 'KeyError'>, __name__), and a stand-in traceback. */
wobj rt_exc_type(wobj e);
wobj rt_exc_traceback(wobj e);
/* type(v) of an instance: its class. */
wobj rt_obj_class(wobj v);

/* ---- output and exit (io.c) ---------------------------------------------------------------- */
void rt_write_str(wstr s);                    /* str to buffered stdout (UTF-8) */
void rt_write_ascii(uint32_t ptr, uint32_t len); /* raw bytes to buffered stdout */
void rt_write_char(uint32_t codepoint);       /* one code point (UTF-8) to stdout */
void rt_write_int(wint v);                    /* str(v) to stdout */
void rt_write_float(double v);                /* repr(v) to stdout */
void rt_write_obj(wobj v);                    /* str(v) to stdout */
void rt_ewrite_str(wstr s);                   /* str to stderr (flushes stdout first) */
void rt_ewrite_ascii(uint32_t ptr, uint32_t len);
void rt_flush(void);                          /* flushes stdout */
void rt_exit(int32_t code);                   /* flushes stdout, WASI proc_exit(code) */
/* sys.stdout.write(s) (fd 1) or sys.stderr.write(s) (fd 2): len(s).
 * Raises TypeError "write() argument must be str, not int". */
wint rt_file_write(wint fd, wobj s);       /* fd a tagged int */

/* ---- input (stdin.c, argv.c): WASI fd_read and args_get, decoded as UTF-8 with surrogateescape */
/* sys.stdin.readline(): the next line with its '\n' ('' at end of file). */
wstr rt_stdin_readline(void);
/* sys.stdin.read(): everything left. */
wstr rt_stdin_read(void);
/* sys.stdin.readlines(): the lines left. */
wlist rt_stdin_readlines(void);
/* input() after its prompt is written: flushes stdout, reads a line without its '\n'.
 * Raises EOFError "EOF when reading a line". */
wstr rt_input(void);
/* sys.stdin.close() (what exit() and quit() do first): every later read raises ValueError
 * "I/O operation on closed file.". */
void rt_stdin_close(void);
/* sys.argv: made on first use, the same list ever after. */
wlist rt_sys_argv(void);

/* ---- int (int.c, bigint.c) ----------------------------------------------------------------- */
/* The code generator inlines the small-int fast paths (ABI.md) and calls these on overflow or
 * when an operand is a bigint; they accept any pair of tagged ints. */
wint rt_int_add(wint a, wint b);
wint rt_int_sub(wint a, wint b);
wint rt_int_mul(wint a, wint b);
wint rt_int_floordiv(wint a, wint b);   /* Raises ZeroDivisionError "integer division or modulo by zero" */
wint rt_int_mod(wint a, wint b);        /* Raises ZeroDivisionError "integer modulo by zero" */
wtuple rt_int_divmod(wint a, wint b);   /* (q, r), floor semantics. Raises ZeroDivisionError "integer division or modulo by zero" */
double rt_int_truediv(wint a, wint b);  /* correctly rounded. Raises ZeroDivisionError "division by zero",
                                           OverflowError "integer division result too large for a float" */
/* a ** b. Result is a boxed object: an int when b >= 0, a boxed float when b < 0.
 * Raises ZeroDivisionError "0.0 cannot be raised to a negative power", MemoryError. */
wobj rt_int_pow(wint a, wint b);
/* pow(a, b, m). Negative b uses the modular inverse. Raises ValueError "pow() 3rd argument cannot
 * be 0", ValueError "base is not invertible for the given modulus". */
wint rt_int_powmod(wint a, wint b, wint m);
wint rt_int_neg(wint a);
wint rt_int_abs(wint a);
wint rt_int_invert(wint a);
wint rt_int_and(wint a, wint b);
wint rt_int_or(wint a, wint b);
wint rt_int_xor(wint a, wint b);
wint rt_int_lshift(wint a, wint b);     /* Raises ValueError "negative shift count", OverflowError "too many digits in integer" (CPython's size rule), MemoryError (4 GiB or more) */
wint rt_int_rshift(wint a, wint b);     /* Raises ValueError "negative shift count" */
int32_t rt_int_cmp(wint a, wint b);     /* -1, 0, 1 */
uint32_t rt_int_eq(wint a, wint b);
wint rt_int_bit_length(wint a);
wint rt_int_bit_count(wint a);         /* one bits of |a| */
/* str(a) == repr(a). Raises ValueError "Exceeds the limit (4300 digits) for integer string conversion; ..." */
wstr rt_int_to_str(wint a);
/* int(s, base): base 0 or 2..36, whitespace, sign, prefixes, underscores as CPython.
 * Raises ValueError "invalid literal for int() with base 10: '12a'",
 *        ValueError "int() base must be >= 2 and <= 36, or 0", ValueError above 4300 digits. */
wint rt_int_from_str(wstr s, wint base);
double rt_int_to_float(wint a);         /* Raises OverflowError "int too large to convert to float" */
/* int(x) for a float. Raises ValueError "cannot convert float NaN to integer",
 * OverflowError "cannot convert float infinity to integer". */
wint rt_float_to_int(double x);
/* Tagged int from a raw 64-bit value (any value, the result is a bigint outside 63 bits). */
wint rt_int_from_i64(int64_t v);
/* Raw 64-bit value of a tagged int. Raises OverflowError "Python int too large to convert to C long". */
int64_t rt_int_to_i64(wint a);
wstr rt_int_format(wint a, wstr spec);  /* format(a, spec). Raises ValueError for bad specs as CPython */

/* ---- float (float.c, dtoa.c) --------------------------------------------------------------- */
wstr rt_float_repr(double x);           /* repr(x) == str(x): shortest round-trip, CPython's layout */
double rt_float_div(double a, double b);      /* Raises ZeroDivisionError "float division by zero" */
double rt_float_floordiv(double a, double b); /* Raises ZeroDivisionError "float floor division by zero" */
double rt_float_mod(double a, double b);      /* Raises ZeroDivisionError "float modulo" */
wtuple rt_float_divmod(double a, double b);   /* Raises ZeroDivisionError "float divmod()" */
/* a ** b with CPython's special cases. Raises ZeroDivisionError "0.0 cannot be raised to a
 * negative power", OverflowError "(34, 'Numerical result out of range')". A negative base with a
 * non-integer exponent (complex result in CPython) stops the program with RT_EXIT_UNSUPPORTED. */
double rt_float_pow(double a, double b);
wint rt_float_round(double x);          /* round(x): half-even, an int. Raises ValueError/OverflowError as int(x) */
uint32_t rt_float_is_integer(double x);
double rt_float_round_n(double x, wint n); /* round(x, n), correctly rounded as CPython */
/* float(s). Raises ValueError "could not convert string to float: 'abc'". */
double rt_float_from_str(wstr s);
wstr rt_float_format(double x, wstr spec);
uint32_t rt_float_eq_int(double x, wint a); /* x == a exactly (no rounding of a) */
int32_t rt_float_cmp_int(double x, wint a); /* exact comparison; -2 if x is NaN */

/* ---- str (str.c, format.c) ----------------------------------------------------------------- */
wstr rt_str_from_utf8(uint32_t ptr, uint32_t len); /* new str from UTF-8 bytes (assumed valid) */
wstr rt_str_concat(wstr a, wstr b);
wstr rt_str_repeat(wstr s, wint n);     /* Raises OverflowError "cannot fit 'int' into an index-sized integer" (n), "repeated string is too long" (length past 2**63 - 1), MemoryError (past 2**31 - 1 code points, or no memory) */
uint32_t rt_str_eq(wstr a, wstr b);
int32_t rt_str_cmp(wstr a, wstr b);     /* -1, 0, 1 by code points */
wint rt_str_len(wstr s);
wstr rt_str_repr(wstr s);               /* repr(s): CPython's quote choice and escapes */
wstr rt_str_format(wstr s, wstr spec);  /* Raises ValueError for bad specs */
wstr rt_str_getitem(wstr s, wint i);    /* Raises IndexError "string index out of range" */
/* s[start:stop:step]; each bound is a boxed int, bool or None (ABI encoding).
 * Raises ValueError "slice step cannot be zero",
 *        TypeError "slice indices must be integers or None or have an __index__ method". */
wstr rt_str_slice(wstr s, wobj start, wobj stop, wobj step);
uint32_t rt_str_contains(wstr haystack, wstr needle); /* needle in haystack */
wint rt_str_find(wstr s, wstr sub);     /* s.find(sub): index of the first match or -1 */
wstr rt_str_join(wstr sep, wtuple items); /* Raises TypeError "sequence item 1: expected str instance, int found" */
wint rt_obj_ord(wobj x);                /* ord(x) of any value. Raises TypeError "ord() expected string of length 1, but int found" */
wint rt_obj_as_index(wobj x);           /* an int, or a bool as its int. Raises TypeError "'float' object cannot be interpreted as an integer" */
wint rt_str_ord(wstr s);                /* Raises TypeError "ord() expected a character, but string of length 2 found" */
/* chr(i). Raises ValueError "chr() arg not in range(0x110000)",
 * OverflowError "Python int too large to convert to C int". */
wstr rt_chr(wint i);
/* s.split(sep, maxsplit): sep None splits on whitespace runs; maxsplit -1 = no limit.
 * Raises ValueError "empty separator", TypeError "must be str or None, not int",
 *        OverflowError "Python int too large to convert to C ssize_t". */
wlist rt_str_split(wstr s, wobj sep, wint maxsplit);
/* s.strip(chars), s.lstrip(chars), s.rstrip(chars); chars None = whitespace.
 * Raises TypeError "strip arg must be None or str" ("lstrip arg ...", "rstrip arg ..."). */
wstr rt_str_strip(wstr s, wobj chars);
wstr rt_str_lstrip(wstr s, wobj chars);
wstr rt_str_rstrip(wstr s, wobj chars);
uint32_t rt_str_startswith(wstr s, wstr prefix);
uint32_t rt_str_endswith(wstr s, wstr suffix);
wstr rt_str_removeprefix(wstr s, wstr prefix);
wstr rt_str_removesuffix(wstr s, wstr suffix);
/* count -1 = all. Raises OverflowError "Python int too large to convert to C ssize_t". */
wstr rt_str_replace(wstr s, wstr old, wstr repl, wint count);
wint rt_str_count(wstr s, wstr sub);
/* Case mappings and character classes as CPython 3.11 (Unicode 14) for all of Unicode: full case
 * mappings ('ß'.upper() == 'SS', 'ß'.title() == 'Ss', 'ﬁ'.upper() == 'FI'), Greek final sigma. */
wstr rt_str_upper(wstr s);
wstr rt_str_lower(wstr s);
wstr rt_str_title(wstr s);
wstr rt_str_capitalize(wstr s);
wstr rt_str_swapcase(wstr s);
uint32_t rt_str_isdigit(wstr s);
uint32_t rt_str_isalpha(wstr s);
uint32_t rt_str_isspace(wstr s);
uint32_t rt_str_isalnum(wstr s);
uint32_t rt_str_isupper(wstr s);
uint32_t rt_str_islower(wstr s);
uint32_t rt_str_isdecimal(wstr s);
uint32_t rt_str_isnumeric(wstr s);
uint32_t rt_str_isascii(wstr s);
uint32_t rt_str_istitle(wstr s);
uint32_t rt_str_isprintable(wstr s);
uint32_t rt_str_isidentifier(wstr s);
/* s.casefold(): CPython's full case folding ('ß' -> 'ss'), without lower()'s final-sigma rule. */
wstr rt_str_casefold(wstr s);
/* s.rsplit(sep, maxsplit), as rt_str_split. Raises ValueError "empty separator",
 * TypeError "must be str or None, not int", OverflowError "Python int too large to convert to C ssize_t". */
wlist rt_str_rsplit(wstr s, wobj sep, wint maxsplit);
/* s.find(sub, start, end) etc.: start/end boxed int, bool or None (absent), clamped as CPython.
 * Raises TypeError "slice indices must be integers or None or have an __index__ method". */
wint rt_str_find_in(wstr s, wstr sub, wobj start, wobj end);
wint rt_str_rfind_in(wstr s, wstr sub, wobj start, wobj end);
wint rt_str_index_in(wstr s, wstr sub, wobj start, wobj end);  /* Raises ValueError "substring not found" */
wint rt_str_rindex_in(wstr s, wstr sub, wobj start, wobj end); /* Raises ValueError "substring not found" */
wint rt_str_count_in(wstr s, wstr sub, wobj start, wobj end);
/* s.zfill(width), s.ljust/rjust/center(width, fill) (CPython's placement of the odd pad char).
 * Raises TypeError "The fill character must be exactly one character long",
 *        OverflowError "Python int too large to convert to C ssize_t". */
wstr rt_str_zfill(wstr s, wint width);
wstr rt_str_ljust(wstr s, wint width, wstr fill);
wstr rt_str_rjust(wstr s, wint width, wstr fill);
wstr rt_str_center(wstr s, wint width, wstr fill);
wtuple rt_str_partition(wstr s, wstr sep);  /* Raises ValueError "empty separator" */
wtuple rt_str_rpartition(wstr s, wstr sep); /* Raises ValueError "empty separator" */
wlist rt_str_splitlines(wstr s, uint32_t keepends); /* all of CPython's line boundaries */
/* fmt.format(*args, **kwargs); kwargs 0 = no keywords. Raises IndexError "Replacement index 1 out
 * of range for positional args tuple", KeyError "'name'", ValueError "cannot switch from automatic
 * field numbering to manual field specification", "Single '}' encountered in format string",
 * "unmatched '{' in format spec", "Max string recursion exceeded", ..., what the [index] lookups
 * and the format specs raise, AttributeError "'str' object has no attribute 'x'". Numeric attributes
 * ({0.real}, .imag, .numerator, .denominator) work; a method or dunder attribute ({0.upper},
 * {0.__class__}) stops with RT_EXIT_UNSUPPORTED. */
wstr rt_str_format_method(wstr fmt, wtuple args, wdict kwargs);
wstr rt_str_join_list(wstr sep, wlist items); /* Raises TypeError "sequence item 1: expected str instance, int found" */
/* sep.join(x) for any value x. Raises TypeError "can only join an iterable", what iterating x
 * raises, and what rt_str_join_list raises. */
wstr rt_str_join_obj(wstr sep, wobj iterable);
/* s.startswith(tuple), s.endswith(tuple). Raise TypeError "tuple for startswith must only
 * contain str, not int". */
uint32_t rt_str_startswith_tuple(wstr s, wtuple prefixes);
uint32_t rt_str_endswith_tuple(wstr s, wtuple suffixes);
/* s.startswith(affix, start, end), s.endswith(...): affix a str or a tuple of str, start/end as in
 * rt_str_find_in; an affix longer than the adjusted s[start:end] is False, even an empty one.
 * Raises TypeError "startswith first arg must be str or a tuple of str, not int", "tuple for
 * startswith must only contain str, not int", "slice indices must be integers or None or have an
 * __index__ method". */
uint32_t rt_str_startswith_in(wstr s, wobj affix, wobj start, wobj end);
uint32_t rt_str_endswith_in(wstr s, wobj affix, wobj start, wobj end);
wstr rt_int_hex(wint a);                /* hex(a): '-0x1f' */
wstr rt_int_oct(wint a);                /* oct(a): '0o17' */
wstr rt_int_bin(wint a);                /* bin(a): '0b101' */
/* fmt % args: printf-style formatting (conversions s r a c d i u o x X e E f F g G %, flags,
 * '*' widths, %(key)s with a dict). Raises TypeError "not enough arguments for format string",
 * "not all arguments converted during string formatting", "%d format: a real number is required,
 * not str", ValueError "unsupported format character 'z' (0x7a) at index 1", "incomplete format". */
wstr rt_str_mod(wstr fmt, wobj args);
wstr rt_bool_str(uint32_t b);           /* 'True' / 'False' */
wstr rt_bool_format(uint32_t b, wstr spec); /* format(True, '') == 'True', else formatted as int */
wstr rt_none_str(void);                 /* 'None' */
/* String builder for f-strings and joins. */
wsb rt_sb_new(void);
void rt_sb_add_str(wsb sb, wstr s);
void rt_sb_add_ascii(wsb sb, uint32_t ptr, uint32_t len);
void rt_sb_add_char(wsb sb, uint32_t codepoint);
wstr rt_sb_finish(wsb sb);              /* the builder is not used afterwards */

/* ---- tuple (tuple.c) ----------------------------------------------------------------------- */
wtuple rt_tuple_new(uint32_t n);        /* items are None */
void rt_tuple_set(wtuple t, uint32_t i, wobj v);
wobj rt_tuple_get(wtuple t, uint32_t i);
uint32_t rt_tuple_len(wtuple t);
wstr rt_tuple_repr(wtuple t);
/* t[i], negative from the end. Raises IndexError "tuple index out of range",
 * IndexError "cannot fit 'int' into an index-sized integer". */
wobj rt_tuple_getitem(wtuple t, wint i);
wtuple rt_tuple_concat(wtuple a, wtuple b);
wtuple rt_tuple_repeat(wtuple t, wint n); /* Raises MemoryError, OverflowError as rt_list_repeat */
wtuple rt_tuple_slice(wtuple t, wobj start, wobj stop, wobj step); /* Raises as rt_str_slice */
uint32_t rt_tuple_contains(wtuple t, wobj v);
wint rt_tuple_index(wtuple t, wobj v);  /* Raises ValueError "tuple.index(x): x not in tuple" */
wint rt_tuple_count(wtuple t, wobj v);

/* ---- list (list.c): generic layout, word = 2; slot 0 (offset 8) = length as a tagged int;
 *      slot 1 (offset 16) = the items, a slot array (T_SLOTS) boxed as ptr | 1 ---- */
wlist rt_list_new(uint32_t n);          /* n items, all None */
wint rt_list_len(wlist l);
wobj rt_list_get(wlist l, wint i);      /* l[i], negative from the end. Raises IndexError "list index out of range" */
void rt_list_set(wlist l, wint i, wobj v); /* Raises IndexError "list assignment index out of range" */
void rt_list_append(wlist l, wobj v);
void rt_list_extend(wlist l, wlist other);
void rt_list_insert(wlist l, wint i, wobj v);
/* l.pop(i). Raises IndexError "pop from empty list", IndexError "pop index out of range". */
wobj rt_list_pop(wlist l, wint i);
wlist rt_list_concat(wlist a, wlist b);
wlist rt_list_repeat(wlist l, wint n);  /* Raises MemoryError, OverflowError as str repetition */
wlist rt_list_slice(wlist l, wobj start, wobj stop, wobj step); /* Raises as rt_str_slice */
uint32_t rt_list_contains(wlist l, wobj v);
wint rt_list_index(wlist l, wobj v);    /* Raises ValueError "5 is not in list" */
wint rt_list_count(wlist l, wobj v);
void rt_list_reverse(wlist l);
/* Stable sort with '<' (or '>' order when reverse). Raises TypeError from the comparisons. */
void rt_list_sort(wlist l, uint32_t reverse);
uint32_t rt_list_eq(wlist a, wlist b);
wstr rt_list_repr(wlist l);             /* '[1, [...]]' for a list inside itself */
wlist rt_list_from_tuple(wtuple t);
wtuple rt_tuple_from_list(wlist l);
wlist rt_list_empty(void);              /* a new empty list */
wlist rt_list_copy(wlist l);            /* l.copy() */
void rt_list_clear(wlist l);            /* l.clear() */
/* l.extend(iterable) for any iterable (list, tuple, str, dict, set, iterator).
 * Raises TypeError "'int' object is not iterable". */
void rt_list_extend_iter(wlist l, wobj iterable);
/* l *= n in place: n < 1 empties l. Raises OverflowError "cannot fit 'int' into an index-sized
 * integer", MemoryError. */
void rt_list_inplace_repeat(wlist l, wint n);
/* del l[i]. Raises IndexError "list assignment index out of range",
 * IndexError "cannot fit 'int' into an index-sized integer". */
void rt_list_delitem(wlist l, wint i);
void rt_list_remove(wlist l, wobj v);   /* Raises ValueError "list.remove(x): x not in list" */
/* l[start:stop:step] = iterable (bounds boxed int, bool or None; `a[1:3] = a` works).
 * Raises ValueError "attempt to assign sequence of size 2 to extended slice of size 3",
 *        TypeError "can only assign an iterable", TypeError "must assign iterable to extended slice",
 *        and what rt_list_slice raises. */
void rt_list_setslice(wlist l, wobj start, wobj stop, wobj step, wobj iterable);
void rt_list_delslice(wlist l, wobj start, wobj stop, wobj step); /* Raises as rt_list_slice */
/* l.sort(key=..., reverse=...) given keys[i] = key(l[i]) (same length): stable, by '<' on the keys,
 * as CPython (reverse keeps equal items in order). Raises TypeError from the comparisons. */
void rt_list_sort_keyed(wlist l, wlist keys, uint32_t reverse);

/* ---- dict (dict.c): insertion-ordered hash table; generic layout, word = 4: slot 0 = live
 *      count (tagged), slot 1 = entries (T_SLOTS, 3 slots per entry: hash (tagged), key,
 *      value), slot 2 = index table (raw block of i32), slot 3 = entries used (tagged) ---- */
wdict rt_dict_new(void);
/* A dict display's pairs evaluated first (keys and values alternating): CPython's _PyDict_FromItems. */
wdict rt_dict_from_items(wtuple kv);
wint rt_dict_len(wdict d);
/* d[key]. Raises KeyError (message: repr(key)), TypeError "unhashable type: 'list'". */
wobj rt_dict_get(wdict d, wobj key);
wobj rt_dict_get_default(wdict d, wobj key, wobj dflt); /* d.get(key, dflt). Raises TypeError (unhashable) */
void rt_dict_set(wdict d, wobj key, wobj value);        /* Raises TypeError (unhashable) */
void rt_dict_del(wdict d, wobj key);                    /* del d[key]. Raises KeyError, TypeError */
uint32_t rt_dict_contains(wdict d, wobj key);           /* Raises TypeError (unhashable) */
/* Iteration: the entry index of the first live entry at or after pos, or -1 at the end. Code
 * iterating a dict compares rt_dict_len before each step to raise CPython's RuntimeError
 * "dictionary changed size during iteration". */
int32_t rt_dict_next(wdict d, int32_t pos);
wobj rt_dict_key_at(wdict d, int32_t entry);
wobj rt_dict_value_at(wdict d, int32_t entry);
wlist rt_dict_keys(wdict d);            /* list(d) */
wlist rt_dict_values(wdict d);          /* list(d.values()) */
wlist rt_dict_items(wdict d);           /* list(d.items()): (key, value) tuples */
uint32_t rt_dict_eq(wdict a, wdict b);
wstr rt_dict_repr(wdict d);             /* "{1: 'a'}", "{...}" for a dict inside itself */
wobj rt_dict_pop(wdict d, wobj key);    /* d.pop(key). Raises KeyError (message: repr(key)), TypeError (unhashable) */
wobj rt_dict_pop_default(wdict d, wobj key, wobj dflt); /* d.pop(key, dflt). Raises TypeError (unhashable) */
wobj rt_dict_setdefault(wdict d, wobj key, wobj dflt);  /* Raises TypeError (unhashable) */
/* d.update(other): other a dict or an iterable of pairs (each any iterable of two items).
 * Raises ValueError "dictionary update sequence element #0 has length 3; 2 is required",
 *        TypeError "cannot convert dictionary update sequence element #0 to a sequence",
 *        TypeError "'int' object is not iterable", TypeError (unhashable). */
void rt_dict_update(wdict d, wobj other);
wdict rt_dict_or(wdict a, wdict b);      /* a | b: a copy of a updated with b. Raises MemoryError */
wdict rt_dict_copy(wdict d);
void rt_dict_clear(wdict d);
wtuple rt_dict_popitem(wdict d);        /* (key, value), last inserted. Raises KeyError "'popitem(): dictionary is empty'" */
/* ---- set (set.c): CPython's open-addressing table (linear probes then perturbation), so that
 *      iteration and repr follow CPython's order for ints, floats and tuples of them.
 *      Generic layout, word = 4: used (tagged), fill (tagged), keys (slot array), hashes (raw i64) ---- */
wset rt_set_new(void);
wint rt_set_len(wset s);
void rt_set_add(wset s, wobj v);        /* Raises TypeError "unhashable type: 'list'" */
uint32_t rt_set_contains(wset s, wobj v); /* Raises TypeError (unhashable) */
void rt_set_discard(wset s, wobj v);    /* Raises TypeError (unhashable) */
void rt_set_remove(wset s, wobj v);     /* Raises KeyError (message: repr(v)), TypeError */
wlist rt_set_list(wset s);              /* list(s): the iteration order */
uint32_t rt_set_eq(wset a, wset b);
wstr rt_set_repr(wset s);               /* "{1, 2}", "set()" */
/* a | b, a & b, a - b, a ^ b (and the methods of one argument): new sets whose iteration order is
 * CPython's, by CPython's algorithms (which operand is copied, which one is iterated). */
wset rt_set_union(wset a, wset b);
wset rt_set_intersection(wset a, wset b);
wset rt_set_difference(wset a, wset b);
wset rt_set_symmetric_difference(wset a, wset b);
/* s.update(iterable). Raises TypeError "'int' object is not iterable", TypeError (unhashable). */
void rt_set_update(wset s, wobj iterable);
void rt_set_intersection_update(wset s, wset other);
void rt_set_difference_update(wset s, wset other);
void rt_set_symmetric_difference_update(wset s, wset other);
/* The methods with any iterable as argument, by CPython's algorithms for each kind of argument
 * (a set's table, a dict's entries, any other iterable in its order). s.union(a, b) is a copy of s
 * then rt_set_union_step for each argument; s.intersection(a, b) chains rt_set_intersection_obj;
 * s.difference(a, b) is rt_set_difference_obj then rt_set_difference_update_obj. Each raises
 * TypeError "'int' object is not iterable" and TypeError (unhashable). */
void rt_set_union_step(wset result, wset s, wobj other);
wset rt_set_intersection_obj(wset s, wobj other);
void rt_set_intersection_update_obj(wset s, wobj other);
wset rt_set_difference_obj(wset s, wobj other);
void rt_set_difference_update_obj(wset s, wobj other);
wset rt_set_symmetric_difference_obj(wset s, wobj other);
void rt_set_symmetric_difference_update_obj(wset s, wobj other);
uint32_t rt_set_issubset(wset a, wset b);
uint32_t rt_set_issuperset(wset a, wset b);
uint32_t rt_set_isdisjoint(wset a, wset b);
wobj rt_set_pop(wset s);                /* Raises KeyError "'pop from an empty set'" */
void rt_set_clear(wset s);
wset rt_set_copy(wset s);
/* A set display whose items are all constants, more than two of them ({10, 20, 30}): CPython
 * builds it from a folded frozenset, which gives another iteration order than adding the items one
 * by one (what a display with any non-constant item, or with one or two items, does). */
wset rt_set_from_constants(wtuple items);

/* ---- frozenset (frozenset.c): a set's table under type id T_FROZENSET. The rt_set_* functions
 *      read one as they read a set (never one that changes it); a set operation's result has
 *      the type of its left operand or receiver, as in CPython ---- */
wobj rt_frozenset_new(void);            /* frozenset() */
/* frozenset(iterable): the iterable itself when it is a frozenset, else a table built as set()
 * builds it. Raises TypeError "'int' object is not iterable", TypeError (unhashable). */
wobj rt_obj_to_frozenset(wobj iterable);
/* A set nothing else refers to, retyped a frozenset with its table as it is (frozenset(x for x
 * in ...) is built as set(...) is). */
wobj rt_set_freeze(wset s);

/* hash(v) exactly as CPython for int, float, bool and tuples of them (str hashes are
 * deterministic here, randomized in CPython). Raises TypeError "unhashable type: 'list'". */
wint rt_obj_hash(wobj v);

/* ---- boxed objects (obj.c) ----------------------------------------------------------------- */
wobj rt_box_float(double x);
double rt_unbox_float(wobj v);          /* v must hold a float, an int or a bool (float(v)). Raises OverflowError, TypeError */
wobj rt_box_bool(uint32_t b);
wobj rt_box_none(void);
uint32_t rt_obj_type(wobj v);           /* type id; T_INT for small ints */
wstr rt_obj_type_name(wobj v);          /* the name CPython's messages give v's type: 'int', 'list_iterator', 'dict_keys' */
wstr rt_obj_repr(wobj v);
wstr rt_obj_str(wobj v);
uint32_t rt_obj_truthy(wobj v);
uint32_t rt_obj_eq(wobj a, wobj b);     /* == with Python's numeric coercions; never raises */
/* a is b: identity for None, bools, containers and every other object whose identity is kept;
 * False between values of different types or unequal ints, floats, strs or tuples. Two equal ones
 * (whose identity depends on CPython's caches) stop the program with RT_EXIT_UNSUPPORTED. */
uint32_t rt_obj_is(wobj a, wobj b);
/* a < b etc.: numbers, strs, tuples and lists (lexicographic), sets (inclusion).
 * Raises TypeError "'<' not supported between instances of 'str' and 'int'" (also for dicts). */
uint32_t rt_obj_lt(wobj a, wobj b);
uint32_t rt_obj_le(wobj a, wobj b);
uint32_t rt_obj_gt(wobj a, wobj b);
uint32_t rt_obj_ge(wobj a, wobj b);
/* Binary arithmetic on boxed values, dispatching on runtime types (bool/int/float coercions,
 * str + str, str * int, str % args, list + list, list * int, tuple + tuple, tuple * int, set | & - ^ set,
 * dict | dict). Raise what the typed operation raises, and TypeError
 * "unsupported operand type(s) for +: 'int' and 'str'". */
wobj rt_obj_add(wobj a, wobj b);
wobj rt_obj_sub(wobj a, wobj b);
wobj rt_obj_mul(wobj a, wobj b);
wobj rt_obj_truediv(wobj a, wobj b);
wobj rt_obj_floordiv(wobj a, wobj b);
wobj rt_obj_mod(wobj a, wobj b);
wobj rt_obj_divmod(wobj a, wobj b);
wobj rt_obj_pow(wobj a, wobj b);
wobj rt_obj_and(wobj a, wobj b);
wobj rt_obj_or(wobj a, wobj b);
wobj rt_obj_xor(wobj a, wobj b);
wobj rt_obj_lshift(wobj a, wobj b);
wobj rt_obj_rshift(wobj a, wobj b);
/* Unary. Raise TypeError "bad operand type for unary -: 'str'". */
wobj rt_obj_neg(wobj a);
wobj rt_obj_pos(wobj a);
wobj rt_obj_invert(wobj a);
wobj rt_obj_abs(wobj a);                /* Raises TypeError "bad operand type for abs(): 'str'" */
/* a op= b: a list, set or dict changes in place and is returned (+= takes any iterable for a list,
 * *= an int; &= |= ^= -= a set for a set; |= a mapping or pairs for a dict); other values get the
 * binary operator, with its errors. */
wobj rt_obj_iadd(wobj a, wobj b);
wobj rt_obj_imul(wobj a, wobj b);
wobj rt_obj_iand(wobj a, wobj b);
wobj rt_obj_ior(wobj a, wobj b);
wobj rt_obj_ixor(wobj a, wobj b);
wobj rt_obj_isub(wobj a, wobj b);
/* pow(a, b, m); m None means pow(a, b). Raises TypeError "pow() 3rd argument not allowed unless
 * all arguments are integers", TypeError "unsupported operand type(s) for ** or pow(): 'str',
 * 'int', 'int'", and what rt_int_powmod raises. */
wobj rt_obj_powmod(wobj a, wobj b, wobj m);
/* item in container, for str, tuple, list, dict and set containers (identity, then ==, as CPython),
 * and iterators (consumed up to the first match).
 * Raises TypeError "'in <string>' requires string as left operand, not int",
 *        TypeError "argument of type 'int' is not iterable". */
uint32_t rt_obj_contains(wobj container, wobj item);
wstr rt_obj_format(wobj v, wstr spec);
/* format(v, spec), ascii(v), callable(v) (builtins.c). rt_builtin_format raises TypeError "format()
 * argument 2 must be str, not int" and what rt_obj_format raises; rt_builtin_ascii what repr raises. */
wstr rt_builtin_format(wobj v, wobj spec);
wstr rt_builtin_ascii(wobj v);
uint32_t rt_builtin_callable(wobj v);
/* int(x, base). Raises TypeError "'float' object cannot be interpreted as an integer" (base),
 * ValueError "int() base must be >= 2 and <= 36, or 0", TypeError "int() can't convert non-string
 * with explicit base", and what rt_int_from_str raises. */
wint rt_builtin_int_base(wobj x, wobj base);
double rt_obj_to_float(wobj v);         /* float(v) for int/float/bool/str. Raises as float() */
/* c[key]: str, tuple, list (int or bool index, negative from the end), dict.
 * Raises TypeError "'int' object is not subscriptable", "list indices must be integers or slices,
 * not str", "string indices must be integers, not 'str'", IndexError "list index out of range",
 * "tuple index out of range", "string index out of range", KeyError (repr(key)). */
wobj rt_obj_getitem(wobj c, wobj key);
/* c[key] = v for list and dict. Raises TypeError "'tuple' object does not support item assignment",
 * "list indices must be integers or slices, not str", IndexError, TypeError (unhashable). */
void rt_obj_setitem(wobj c, wobj key, wobj v);
/* del c[key] for list and dict. Raises TypeError "'tuple' object doesn't support item deletion",
 * "'int' object does not support item deletion", IndexError, KeyError. */
void rt_obj_delitem(wobj c, wobj key);
/* c[start:stop:step] for str, tuple, list. Raises TypeError "'int' object is not subscriptable",
 * TypeError "unhashable type: 'slice'" (dict), and what rt_str_slice raises. */
wobj rt_obj_getslice(wobj c, wobj start, wobj stop, wobj step);
/* c[start:stop:step] = v and del c[start:stop:step]: a list's (rt_list_setslice, rt_list_delslice,
 * with their errors). Raise TypeError "'tuple' object does not support item assignment",
 * "'str' object does not support item deletion", "unhashable type: 'slice'" (dict). */
void rt_obj_setslice(wobj c, wobj start, wobj stop, wobj step, wobj v);
void rt_obj_delslice(wobj c, wobj start, wobj stop, wobj step);
wint rt_obj_len(wobj v);                /* Raises TypeError "object of type 'int' has no len()" */

/* ---- iteration (iter.c) -------------------------------------------------------------------- */
/* iter(v): an iterator (T_ITER) over a list (live: sees appends), tuple, str (1-char strs), dict
 * (keys), set; an iterator is returned unchanged. Raises TypeError "'int' object is not iterable". */
wobj rt_obj_iter(wobj iterable);
/* Advances: 1 when a value is available (rt_iter_value), 0 at the end. Raises RuntimeError
 * "dictionary changed size during iteration", "dictionary keys changed during iteration",
 * "Set changed size during iteration". */
uint32_t rt_iter_step(wobj it);
wobj rt_iter_value(wobj it);            /* the value of the last successful step */
/* next(it) and next(it, dflt). Raise TypeError "'list' object is not an iterator", StopIteration
 * (next(it) at the end), and what a step raises. */
wobj rt_obj_next(wobj it);
wobj rt_obj_next_default(wobj it, wobj dflt);
/* reversed(v) for a list, tuple, str, range, dict or dict view: an iterator (T_ITER) going
 * backwards. Raises TypeError "'set' object is not reversible"; its steps raise RuntimeError
 * "dictionary changed size during iteration". */
wobj rt_obj_reversed(wobj v);
wlist rt_obj_to_list(wobj iterable);    /* list(x). Raises TypeError "'int' object is not iterable" */
wtuple rt_obj_to_tuple(wobj iterable);  /* tuple(x). Raises as rt_obj_to_list */
wset rt_obj_to_set(wobj iterable);      /* set(x). Raises as rt_obj_to_list, TypeError (unhashable) */
wdict rt_obj_to_dict(wobj iterable);    /* dict(x). Raises as rt_dict_update */
wint rt_obj_to_int(wobj v);             /* int(v) for int/float/bool/str. Raises as int() */

/* ---- range (range.c) ------------------------------------------------------------------------ */
/* range(start, stop, step) as a value (boxed). Raises ValueError "range() arg 3 must not be zero".
 * Bounds beyond 63 bits stop the program with RT_EXIT_UNSUPPORTED. len, indexing, `in`, ==,
 * iteration and repr go through the rt_obj_* functions. */
wobj rt_range_new(wint start, wint stop, wint step);

/* ---- dict views (dictview.c) ---------------------------------------------------------------- */
/* d.keys(), d.values(), d.items() as live views of d. len, `in`, iteration, repr, comparisons
 * and the set operators of keys and items views go through the rt_obj_* functions. */
wobj rt_dict_keys_view(wdict d);
wobj rt_dict_values_view(wdict d);
wobj rt_dict_items_view(wdict d);

/* ---- attributes (attr.c) ------------------------------------------------------------------- */
/* v when its type id is type_id (a tagged int); else raises AttributeError
 * "'int' object has no attribute 'split'" (attr names the method). */
wobj rt_obj_expect(wobj v, wint type_id, wstr attr);
/* v.copy() / v.clear() for a list, dict or set. Raises AttributeError for any other type. */
wobj rt_obj_copy(wobj v);
void rt_obj_clear(wobj v);
/* v when its type id is one of the set bits of types (tagged; bit t = type id t); else the
 * AttributeError of rt_obj_expect. */
wobj rt_obj_expect_any(wobj v, wint types, wstr attr);
/* isinstance(v, classes): 1 when v's type id is one of the set bits of types (tagged). */
uint32_t rt_obj_isinstance(wobj v, wint types);
/* Methods that several built-in types share, for a receiver known only at run time. Each raises
 * AttributeError "'int' object has no attribute 'count'" for a type without the method, and
 * what the type's own method raises: */
wint rt_obj_count(wobj v, wobj x);  /* str, list, tuple, range. TypeError "must be str, not int" */
wint rt_obj_index(wobj v, wobj x);  /* str, list, tuple, range. ValueError "substring not found",
                                     * "5 is not in list", "tuple.index(x): x not in tuple",
                                     * "5 is not in range", TypeError "must be str, not int" */
wobj rt_obj_pop(wobj v);            /* list, set. IndexError "pop from empty list", KeyError
                                     * "'pop from an empty set'", TypeError (a dict) */
wobj rt_obj_pop_at(wobj v, wobj x); /* list index or dict key. IndexError, KeyError, TypeError */
void rt_obj_remove(wobj v, wobj x); /* list, set. ValueError "list.remove(x): x not in list", KeyError */
void rt_obj_update(wobj v, wobj x); /* dict, set. What rt_dict_update and rt_set_update raise */
uint32_t rt_obj_isdisjoint(wobj v, wobj x); /* set, keys and items views. TypeError (not iterable, unhashable) */

/* ---- methods by name (methods.c): v.name(*args) for the methods of its table (str startswith,
 *      endswith, find, rfind, index, rindex, count, replace; list and tuple index and count; range
 *      index and count; set union, intersection, difference, symmetric_difference, their _update
 *      forms, issubset, issuperset). For each name every built-in type having it is there. ---- */
/* v when its type has the method `name`; else AttributeError "'int' object has no attribute 'x'"
 * (before the arguments are evaluated, as CPython looks the method up first). */
wobj rt_obj_lookup_method(wobj v, wstr name);
/* v.name(*args). Raises AttributeError as rt_obj_lookup_method, TypeError for the number of
 * arguments in CPython's words ("list.count() takes exactly one argument (2 given)", "find() takes
 * at least 1 argument (0 given)", "replace expected at most 3 arguments, got 4"), and what the
 * method raises ("must be str, not int", "replace() argument 1 must be str, not int",
 * "slice indices must be integers or have an __index__ method", "2 is not in list", ...). */
wobj rt_obj_call_method(wobj v, wstr name, wtuple args);
/* Methods called with their arguments in a tuple, one entry each (methodentries.c): the receiver
 * is of a type that has the method (rt_obj_expect_any checked it). Each raises TypeError for the
 * number of arguments in CPython's words ("str.casefold() takes no arguments (1 given)"), and:
 * expandtabs, splitlines: TypeError "'float' object cannot be interpreted as an integer",
 *   OverflowError "Python int too large to convert to C int";
 * translate: what the table's item access raises but LookupError, ValueError "character mapping
 *   must be in range(0x110000)", TypeError "character mapping must return integer, None or str";
 * maketrans: TypeError "if you give only one argument to maketrans it must be a dict",
 *   ValueError "the first two maketrans arguments must have equal length", ...;
 * as_integer_ratio: ValueError "cannot convert NaN to integer ratio", OverflowError "cannot
 *   convert Infinity to integer ratio". */
wstr rt_method_casefold(wobj self, wtuple args);
uint32_t rt_method_isprintable(wobj self, wtuple args);
uint32_t rt_method_isdecimal(wobj self, wtuple args);
uint32_t rt_method_isnumeric(wobj self, wtuple args);
uint32_t rt_method_isascii(wobj self, wtuple args);
uint32_t rt_method_istitle(wobj self, wtuple args);
uint32_t rt_method_isidentifier(wobj self, wtuple args);
wstr rt_method_expandtabs(wobj self, wtuple args);
wlist rt_method_splitlines(wobj self, wtuple args);
wstr rt_method_translate(wobj self, wtuple args);
wdict rt_method_maketrans(wobj self, wtuple args);
/* s.format_map(mapping): as rt_str_format_method with names looked up by mapping[name], and
 * ValueError "Format string contains positional fields". */
wstr rt_method_format_map(wobj self, wtuple args);
wobj rt_method_conjugate(wobj self, wtuple args);
wtuple rt_method_as_integer_ratio(wobj self, wtuple args);
wstr rt_method_hex(wobj self, wtuple args);
/* float.fromhex(s): self a float (or a stand-in for the call on the type). Raises TypeError "bad
 * argument type for built-in operation", ValueError "invalid hexadecimal floating-point string",
 * OverflowError "hexadecimal value too large to represent as a float". */
double rt_method_fromhex(wobj self, wtuple args);
/* dict.fromkeys(iterable[, value]): self is a dict, or None for the call on the type. Raises what
 * iterating and hashing the keys raise. */
wdict rt_method_fromkeys(wobj self, wtuple args);

/* ---- library modules (host.c): values crossing the host boundary, ABI.md "Library modules" -- */
uint32_t rt_host_alloc(uint32_t n);                  /* n bytes for an argument (a raw block's payload) */
wobj rt_host_str_in(uint32_t ptr, uint32_t len);     /* str from UTF-8 bytes (surrogateescape) */
/* list from count items at ptr: kind 0 i64 each, 1 f64 each, 2 (u32 length, UTF-8) each */
wobj rt_host_list_in(uint32_t ptr, uint32_t count, uint32_t kind);
/* A result for the host. Raises TypeError "exported function returned str, not int" for a value
 * of another type, OverflowError "Python int too large to convert to C long" past 64 bits,
 * UnicodeEncodeError for a str holding a surrogate. */
int64_t rt_host_int_out(wobj v);                     /* an int or a bool */
double rt_host_float_out(wobj v);                    /* a float, an int or a bool */
uint32_t rt_host_bool_out(wobj v);                   /* a bool */
uint32_t rt_host_str_out(wobj v);                    /* a record: u32 length, UTF-8 */
uint32_t rt_host_list_out(wobj v, uint32_t kind);    /* a record: u32 count, items as rt_host_list_in's */
/* The pending exception's "Name: message" as a str record, clearing it; 0 when none is pending. */
uint32_t rt_host_error(void);


/* ---- math (math.c, mathint.c): the math module's functions ---------------------------------- */
/* Each takes its arguments boxed, as the call gave them, and checks them as CPython does: a number
 * where CPython takes a float (an int converted exactly or with OverflowError "int too large to
 * convert to float"), an int (or a bool) where it takes an integer.
 * Raises TypeError "must be real number, not str", TypeError "'float' object cannot be interpreted
 * as an integer", ValueError "math domain error", OverflowError "math range error", ValueError
 * "factorial() not defined for negative values" and the other messages of CPython's mathmodule.c. */
double rt_math_sqrt(wobj x);
double rt_math_exp(wobj x);
double rt_math_expm1(wobj x);
double rt_math_log(wobj x, wobj base);
double rt_math_log2(wobj x);
double rt_math_log10(wobj x);
double rt_math_log1p(wobj x);
double rt_math_pow(wobj x, wobj y);
wint rt_math_floor(wobj x);
wint rt_math_ceil(wobj x);
wint rt_math_trunc(wobj x);
double rt_math_fabs(wobj x);
double rt_math_copysign(wobj x, wobj y);
double rt_math_fmod(wobj x, wobj y);
wobj rt_math_modf(wobj x);
wobj rt_math_frexp(wobj x);
double rt_math_ldexp(wobj x, wobj i);
uint32_t rt_math_isfinite(wobj x);
uint32_t rt_math_isinf(wobj x);
uint32_t rt_math_isnan(wobj x);
uint32_t rt_math_isclose(wobj a, wobj b, wobj rel_tol, wobj abs_tol);
double rt_math_degrees(wobj x);
double rt_math_radians(wobj x);
double rt_math_hypot(wtuple coordinates);
double rt_math_dist(wobj p, wobj q);
double rt_math_fsum(wobj seq);
wobj rt_math_prod(wobj iterable, wobj start);
wint rt_math_gcd(wtuple integers);
wint rt_math_lcm(wtuple integers);
wint rt_math_factorial(wobj n);
wint rt_math_comb(wobj n, wobj k);
wint rt_math_perm(wobj n, wobj k);
wint rt_math_isqrt(wobj n);
double rt_math_sin(wobj x);
double rt_math_cos(wobj x);
double rt_math_tan(wobj x);
double rt_math_asin(wobj x);
double rt_math_acos(wobj x);
double rt_math_atan(wobj x);
double rt_math_sinh(wobj x);
double rt_math_cosh(wobj x);
double rt_math_tanh(wobj x);
double rt_math_atan2(wobj y, wobj x);
double rt_math_nextafter(wobj x, wobj y);
double rt_math_ulp(wobj x);
double rt_math_remainder(wobj x, wobj y);
double rt_math_exp2(wobj x);

/* ---- random (random.c): the random module's functions, on one MT19937 generator ------------- */
/* Seeded as CPython seeds: seed(n) for an int by init_by_array over the 32-bit words of abs(n), a
 * float by its hash, a str by the int of its UTF-8 bytes and their SHA-512 digest; before any
 * seed() call, and for seed() or seed(None), from WASI's random_get. A str holding a surrogate
 * stops the program with RT_EXIT_UNSUPPORTED (CPython raises UnicodeEncodeError).
 * Raises ValueError "empty range for randrange() (1, 1, 0)", IndexError "Cannot choose from an
 * empty sequence", ValueError "Sample larger than population or is negative", TypeError for
 * arguments of the wrong type, as CPython's random.py. */
void rt_random_seed(wobj a);
double rt_random_random(void);
wint rt_random_getrandbits(wobj k);
wint rt_random_randrange(wobj start, wobj stop, wobj step);
wint rt_random_randint(wobj a, wobj b);
wobj rt_random_choice(wobj seq);
void rt_random_shuffle(wobj x);
wlist rt_random_sample(wobj population, wobj k);
double rt_random_uniform(wobj a, wobj b);
double rt_random_normalvariate(wobj mu, wobj sigma);
double rt_random_gauss(wobj mu, wobj sigma);
wlist rt_random_choices(wobj population, wobj weights, wobj cum_weights, wobj k);
double rt_random_lognormvariate(wobj mu, wobj sigma);
wobj rt_random_expovariate(wobj lambd);
wobj rt_random_triangular(wobj low, wobj high, wobj mode);
wobj rt_random_paretovariate(wobj alpha);
wobj rt_random_weibullvariate(wobj alpha, wobj beta);

#endif
