/* exc.c: exception objects, the pending-exception slot, class hierarchy, uncaught report. */
#include "rt.h"

uint32_t rt_exc __asm__("rt_exc_addr") = 0;

/* Parent of each built-in class (CPython 3.11's hierarchy) and its name. */
static const uint8_t builtin_parent[EXC_BUILTIN_COUNT] = {
    [EXC_BaseException] = 0, [EXC_SystemExit] = EXC_BaseException,
    [EXC_KeyboardInterrupt] = EXC_BaseException, [EXC_GeneratorExit] = EXC_BaseException,
    [EXC_Exception] = EXC_BaseException, [EXC_StopIteration] = EXC_Exception,
    [EXC_StopAsyncIteration] = EXC_Exception, [EXC_ArithmeticError] = EXC_Exception,
    [EXC_FloatingPointError] = EXC_ArithmeticError, [EXC_OverflowError] = EXC_ArithmeticError,
    [EXC_ZeroDivisionError] = EXC_ArithmeticError, [EXC_AssertionError] = EXC_Exception,
    [EXC_AttributeError] = EXC_Exception, [EXC_BufferError] = EXC_Exception,
    [EXC_EOFError] = EXC_Exception, [EXC_ImportError] = EXC_Exception,
    [EXC_ModuleNotFoundError] = EXC_ImportError, [EXC_LookupError] = EXC_Exception,
    [EXC_IndexError] = EXC_LookupError, [EXC_KeyError] = EXC_LookupError,
    [EXC_MemoryError] = EXC_Exception, [EXC_NameError] = EXC_Exception,
    [EXC_UnboundLocalError] = EXC_NameError, [EXC_OSError] = EXC_Exception,
    [EXC_ReferenceError] = EXC_Exception, [EXC_RuntimeError] = EXC_Exception,
    [EXC_NotImplementedError] = EXC_RuntimeError, [EXC_RecursionError] = EXC_RuntimeError,
    [EXC_SyntaxError] = EXC_Exception, [EXC_SystemError] = EXC_Exception,
    [EXC_TypeError] = EXC_Exception, [EXC_ValueError] = EXC_Exception,
    [EXC_UnicodeError] = EXC_ValueError, [EXC_UnicodeDecodeError] = EXC_UnicodeError,
    [EXC_UnicodeEncodeError] = EXC_UnicodeError, [EXC_UnicodeTranslateError] = EXC_UnicodeError,
};

static const char *const builtin_name[EXC_BUILTIN_COUNT] = {
    [EXC_BaseException] = "BaseException", [EXC_SystemExit] = "SystemExit",
    [EXC_KeyboardInterrupt] = "KeyboardInterrupt", [EXC_GeneratorExit] = "GeneratorExit",
    [EXC_Exception] = "Exception", [EXC_StopIteration] = "StopIteration",
    [EXC_StopAsyncIteration] = "StopAsyncIteration", [EXC_ArithmeticError] = "ArithmeticError",
    [EXC_FloatingPointError] = "FloatingPointError", [EXC_OverflowError] = "OverflowError",
    [EXC_ZeroDivisionError] = "ZeroDivisionError", [EXC_AssertionError] = "AssertionError",
    [EXC_AttributeError] = "AttributeError", [EXC_BufferError] = "BufferError",
    [EXC_EOFError] = "EOFError", [EXC_ImportError] = "ImportError",
    [EXC_ModuleNotFoundError] = "ModuleNotFoundError", [EXC_LookupError] = "LookupError",
    [EXC_IndexError] = "IndexError", [EXC_KeyError] = "KeyError",
    [EXC_MemoryError] = "MemoryError", [EXC_NameError] = "NameError",
    [EXC_UnboundLocalError] = "UnboundLocalError", [EXC_OSError] = "OSError",
    [EXC_ReferenceError] = "ReferenceError", [EXC_RuntimeError] = "RuntimeError",
    [EXC_NotImplementedError] = "NotImplementedError", [EXC_RecursionError] = "RecursionError",
    [EXC_SyntaxError] = "SyntaxError", [EXC_SystemError] = "SystemError",
    [EXC_TypeError] = "TypeError", [EXC_ValueError] = "ValueError",
    [EXC_UnicodeError] = "UnicodeError", [EXC_UnicodeDecodeError] = "UnicodeDecodeError",
    [EXC_UnicodeEncodeError] = "UnicodeEncodeError",
    [EXC_UnicodeTranslateError] = "UnicodeTranslateError",
};

/* Program-defined classes: ids EXC_USER_FIRST .. EXC_USER_FIRST + USER_MAX - 1. */
#define USER_MAX 192
static uint32_t user_parent[USER_MAX];
static wstr user_name[USER_MAX];
/* The same names as NUL-terminated UTF-8, for messages that name a value's type (type_name). */
#define NAME_POOL 4096
static char name_pool[NAME_POOL];
static uint32_t pool_used;
static const char *user_cname[USER_MAX];

/* A pre-built MemoryError so that running out of memory never needs memory. */
static uint32_t memory_error_obj[8] __attribute__((aligned(8))) = { T_EXC, 0, EXC_MemoryError, 0, 0, 0, 0, 0 };

static uint32_t parent_of(uint32_t cls) {
    if (cls < EXC_BUILTIN_COUNT) return builtin_parent[cls];
    if (cls >= EXC_USER_FIRST && cls < EXC_USER_FIRST + USER_MAX) return user_parent[cls - EXC_USER_FIRST];
    return 0;
}

wexc WEXPORT(rt_exc_new)(uint32_t class_id, wstr msg) {
    if (class_id == EXC_MemoryError && msg == 0) return (uint32_t)(size_t)memory_error_obj;
    uint32_t e = rt_alloc(EXC_BYTES, T_EXC);
    if (e == 0) return (uint32_t)(size_t)memory_error_obj;
    HDR(e)[2] = class_id;
    HDR(e)[3] = msg;
    return e;
}

void WEXPORT(rt_raise)(uint32_t class_id, wstr msg) {
    /* Once memory ran out, a runtime function may go on with a null block and trip over a
     * second error (a "zero" divisor, say) before it returns: the MemoryError is the truth. */
    if (rt_exc == (uint32_t)(size_t)memory_error_obj) return;
    wexc e = rt_exc_new(class_id, msg);
    rt_exc = e;
}

void WEXPORT(rt_raise_c)(uint32_t class_id, uint32_t cmsg) {
    raise_c(class_id, (const char *)(size_t)cmsg);
}

void raise_c(uint32_t cls, const char *msg) {
    wstr m = msg ? str_from_cstr(msg) : 0;
    rt_raise(cls, m);
}

void WEXPORT(rt_raise_exc)(wexc e) { rt_exc = e; }

wexc WEXPORT(rt_exc_take)(void) { wexc e = rt_exc; rt_exc = 0; return e; }

uint32_t WEXPORT(rt_exc_matches)(wexc e, uint32_t class_id) {
    if (e == 0) return 0;
    uint32_t c = HDR(e)[2];
    for (int guard = 0; c != 0 && guard < 256; guard++) {
        if (c == class_id) return 1;
        c = parent_of(c);
    }
    return 0;
}

/* The registered class names are roots of the collector (they may live on the heap). */
void exc_mark_roots(void (*mark)(uint32_t)) {
    for (uint32_t i = 0; i < USER_MAX; i++) if (user_name[i]) mark(user_name[i]);
}

void WEXPORT(rt_exc_register)(uint32_t class_id, uint32_t parent_id, wstr name) {
    if (class_id < EXC_USER_FIRST || class_id >= EXC_USER_FIRST + USER_MAX) return;
    uint32_t k = class_id - EXC_USER_FIRST;
    user_parent[k] = parent_id;
    user_name[k] = name;
    uint32_t n = str_len(name), at = pool_used;
    for (uint32_t i = 0; i < n; i++) {
        uint8_t b[4];
        uint32_t len = utf8_encode_pub(str_at(name, i), b);
        if (at + len + 1 > NAME_POOL) rt_unsupported("exception class names longer than 4 KiB in all");
        for (uint32_t j = 0; j < len; j++) name_pool[at++] = (char)b[j];
    }
    name_pool[at++] = 0;
    user_cname[k] = name_pool + pool_used;
    pool_used = at;
}

void WEXPORT(rt_exc_define)(wint class_id, wint parent_id, wstr name) {
    rt_exc_register((uint32_t)small_val(class_id), (uint32_t)small_val(parent_id), name);
}

/* The args of e: the tuple it was made with, else (message,) or () for one the runtime raised. */
wtuple exc_args(wexc e) {
    if (HDR(e)[4]) return HDR(e)[4];
    wstr m = HDR(e)[3];
    wtuple t = rt_tuple_new(m ? 1 : 0);
    if (t && m) rt_tuple_set(t, 0, box_ptr(m));
    if (t) HDR(e)[4] = t;
    return t;
}

/* str(e) of an exception the program made, as BaseException_str and KeyError_str: '' for no args,
 * str (KeyError: repr) of a single one, str of the args tuple otherwise. */
static wstr args_str(wexc e) {
    wtuple args = HDR(e)[4];
    uint32_t n = rt_tuple_len(args);
    if (n == 0) return str_new(0, 1);
    if (n == 1) {
        wobj a = rt_tuple_get(args, 0);
        return rt_exc_matches(e, EXC_KeyError) ? rt_obj_repr(a) : rt_obj_str(a);
    }
    return rt_tuple_repr(args);
}

/* str(e): the message a runtime-raised exception was given ('' for none), else args_str. */
wstr WEXPORT(rt_exc_str)(wexc e) {
    wstr m = HDR(e)[3];
    if (!m && HDR(e)[4]) return args_str(e);
    return m ? m : str_new(0, 1);
}

/* repr(e) as BaseException_repr: Name(arg) for a single arg, Name(a, b) or Name() otherwise. */
wstr exc_repr(wexc e) {
    wtuple args = exc_args(e);
    if (!args) return 0;
    wsb sb = rt_sb_new();
    if (!sb) return 0;
    wstr user;
    const char *name = exc_class_name(e, &user);
    if (user) rt_sb_add_str(sb, user); else sb_add_cstr(sb, name);
    uint32_t n = rt_tuple_len(args);
    wstr r = n == 1 ? rt_obj_repr(rt_tuple_get(args, 0)) : rt_tuple_repr(args);
    if (!r) return 0;
    if (n == 1) rt_sb_add_char(sb, '(');
    rt_sb_add_str(sb, r);
    if (n == 1) rt_sb_add_char(sb, ')');
    return rt_sb_finish(sb);
}

wobj WEXPORT(rt_exc_make)(wint class_id, wobj args) {
    wexc e = rt_exc_new((uint32_t)small_val(class_id), 0);
    if (e == (uint32_t)(size_t)memory_error_obj) return box_ptr(e);
    HDR(e)[4] = unbox_ptr(args);
    return box_ptr(e);
}

wobj WEXPORT(rt_exc_catch)(void) { wexc e = rt_exc; rt_exc = 0; return box_ptr(e); }

void WEXPORT(rt_exc_throw)(wobj v) {
    if (rt_obj_type(v) != T_EXC) { raise_c(EXC_TypeError, "exceptions must derive from BaseException"); return; }
    rt_exc = unbox_ptr(v);
}

void WEXPORT(rt_exc_set_cause)(wobj v, wobj cause) {
    if (rt_obj_type(v) != T_EXC) { raise_c(EXC_TypeError, "exceptions must derive from BaseException"); return; }
    uint32_t t = rt_obj_type(cause);
    if (t != T_EXC && t != T_NONE) { raise_c(EXC_TypeError, "exception causes must derive from BaseException"); return; }
    HDR(unbox_ptr(v))[5] = t == T_EXC ? unbox_ptr(cause) : 0;
}

uint32_t WEXPORT(rt_exc_is)(wobj v, wint class_id) {
    return rt_obj_type(v) == T_EXC && rt_exc_matches(unbox_ptr(v), (uint32_t)small_val(class_id));
}

/* A KeyError for a missing key: args (key,), message repr(key) (the uncaught report's line). */
void raise_key_error(wobj key) {
    wstr r = rt_obj_repr(key);
    if (!r) return;
    wtuple args = rt_tuple_new(1);
    if (!args) return;
    rt_tuple_set(args, 0, key);
    wexc e = rt_exc_new(EXC_KeyError, r);
    if (e != (uint32_t)(size_t)memory_error_obj) HDR(e)[4] = args;
    rt_exc = e;
}

/* A KeyError whose single arg is the str `msg` (an empty dict's popitem()). */
void raise_key_error_c(const char *msg) {
    wstr m = str_from_cstr(msg);
    if (m) raise_key_error(box_ptr(m));
}

const char *exc_type_name(wexc e) {
    wstr user;
    const char *n = exc_class_name(e, &user);
    uint32_t cls = HDR(e)[2];
    if (n == 0 && cls >= EXC_USER_FIRST && cls < EXC_USER_FIRST + USER_MAX) n = user_cname[cls - EXC_USER_FIRST];
    return n ? n : "Exception";
}

const char *exc_class_name(wexc e, wstr *user) {
    uint32_t cls = HDR(e)[2];
    *user = 0;
    if (cls < EXC_BUILTIN_COUNT && builtin_name[cls]) return builtin_name[cls];
    if (cls >= EXC_USER_FIRST && cls < EXC_USER_FIRST + USER_MAX && user_name[cls - EXC_USER_FIRST]) {
        *user = user_name[cls - EXC_USER_FIRST];
        return 0;
    }
    return "Exception";
}

static void write_class_name(wexc e) {
    wstr user;
    const char *name = exc_class_name(e, &user);
    if (user) out_str(2, user);
    else out_cstr(2, name);
}

/* An uncaught SystemExit ends the program as CPython's handler does: its code None is status 0,
 * an int is that status (truncated to C's int, -1 past 64 bits), anything else is written to
 * stderr with str() and gives status 1. */
static void exit_with(wexc e) {
    wtuple args = exc_args(e);
    uint32_t n = args ? rt_tuple_len(args) : 0;
    wobj code = n == 0 ? box_ptr(NONE_PTR) : n == 1 ? rt_tuple_get(args, 0) : box_ptr(args);
    uint32_t t = rt_obj_type(code);
    if (t == T_NONE) rt_exit(0);
    if (t == T_BOOL) rt_exit(code == rt_box_bool(1) ? 1 : 0);
    if (t == T_INT) rt_exit(is_small(code) ? (int32_t)small_val(code) : -1);
    wstr s = rt_obj_str(code);
    if (s) out_str(2, s);
    out_cstr(2, "\n");
    rt_exit(1);
}

/* The report of an uncaught exception e whose str is m. */
static void report(wexc e, wstr m) {
    out_cstr(2, "Traceback (most recent call last):\n");
    if (e != 0) {
        write_class_name(e);
        if (m != 0 && str_len(m) > 0) { out_cstr(2, ": "); out_str(2, m); }
        out_cstr(2, "\n");
    }
    rt_exit(1);
}

/* For a program that never makes an exception (no rt_exc_make): every exception is the runtime's,
 * whose str is its message, so the repr machinery str(e) may need is not linked. */
void WEXPORT(rt_uncaught)(void) {
    wexc e = rt_exc;
    rt_exc = 0;
    rt_flush();
    report(e, e ? HDR(e)[3] : 0);
}

void WEXPORT(rt_exit_on_system_exit)(void) {
    if (rt_exc != 0 && HDR(rt_exc)[2] == EXC_SystemExit) {
        wexc e = rt_exc;
        rt_exc = 0;
        exit_with(e);
    }
}

void WEXPORT(rt_uncaught_made)(void) {
    wexc e = rt_exc;
    rt_exc = 0;
    rt_flush();
    if (e != 0 && HDR(e)[2] == EXC_SystemExit) exit_with(e);
    wstr m = e ? rt_obj_str(box_ptr(e)) : 0;
    if (rt_exc) { rt_exc = 0; m = 0; }
    report(e, m);
}

void rt_unsupported(const char *what) {
    rt_flush();
    out_cstr(2, "waspy: unsupported at run time: ");
    out_cstr(2, what);
    out_cstr(2, "\n");
    rt_exit(RT_EXIT_UNSUPPORTED);
    __builtin_unreachable();
}

void rt_fatal(const char *what) {
    rt_flush();
    out_cstr(2, "waspy: internal error: ");
    out_cstr(2, what);
    out_cstr(2, "\n");
    rt_exit(70);
    __builtin_unreachable();
}
