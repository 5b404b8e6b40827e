/* class.c: classes, instances, function objects and calls of Python values (ABI.md, "Classes and
 * calls").
 *
 * Every object here has the generic layout (word = n, boxed slots), so the collector traces it
 * unchanged. A call of a value is made in two steps: rt_call_prepare binds the arguments to the
 * callee's parameters (CPython's messages for a wrong call) into a *frame*, a tuple
 *   (table index, mode, result, arg0, arg1, ...)
 * that compiled code then calls through the program's function table (the backend's CallIndirect),
 * so a method called from compiled code runs with no C frame below it. The runtime calls back into
 * compiled code (a __repr__, an __eq__ during a dict lookup) through the import waspy_prog.call,
 * which the linker binds to the program's dispatcher; collection waits while such a call runs, so
 * runtime functions may still hold raw pointers across it. */
#include "rt.h"

__attribute__((import_module("waspy_prog"), import_name("call"))) int64_t waspy_prog_call(uint32_t frame);

enum { CL_NAME, CL_BASES, CL_MRO, CL_DICT, CL_CNAME, CL_EXCID, CL_WORD };
enum { IN_CLASS, IN_DICT, IN_WORD };
enum { FN_INDEX, FN_NAME, FN_QUALNAME, FN_PARAMS, FN_DEFAULTS, FN_WORD };
enum { ME_FUNC, ME_SELF, ME_WORD };
enum { DE_KIND, DE_A, DE_B, DE_C, DE_WORD };
enum { SU_CLASS, SU_SELF, SU_WORD };
enum { KIND_STATIC = 1, KIND_CLASS = 2, KIND_PROPERTY = 3 };
enum { MODE_CALL = 0, MODE_INIT = 1, MODE_DONE = 2 };
#define FRAME_ARGS 3

wint class_len_result(wobj r);
wobj class_iter(wobj v);
uint32_t class_iter_step(wobj it);
wobj class_iter_value(void);
wstr class_repr(wobj v);
const char *class_type_name(wobj v);
wobj class_getattr_any(wobj o, wstr name);
wobj class_binop(int op, wobj a, wobj b);

/* NotImplemented: one static object. */
uint32_t rt_notimpl_obj[2] __attribute__((aligned(8))) = { T_NOTIMPL, 0 };
/* A value no Python value equals: what a failed lookup gives. */
static uint32_t missing_obj[2] __attribute__((aligned(8))) = { T_NOTIMPL, 0 };
#define MISSING box_ptr((uint32_t)(size_t)missing_obj)

uint32_t gc_deferred = 0;

static wobj *sl(wobj v) { return (wobj *)(size_t)(unbox_ptr(v) + 8); }
static wobj none(void) { return box_ptr(NONE_PTR); }
static uint32_t ty(wobj v) { return rt_obj_type(v); }

static wobj new_generic(uint32_t type, uint32_t n) {
    uint32_t p = rt_alloc(8 + 8 * n, type);
    if (!p) return 0;
    HDR(p)[1] = n;
    return box_ptr(p);
}

wobj WEXPORT(rt_notimplemented)(void) { return box_ptr((uint32_t)(size_t)rt_notimpl_obj); }
int is_notimpl(wobj v) { return v == box_ptr((uint32_t)(size_t)rt_notimpl_obj); }

/* ---- names ---- */

/* The str of a C name the lookups here use (special methods, "__init__"), made once per call site
 * and kept (a root of the collector), so that its hash is computed once: a dunder call allocates
 * nothing to name its method. Keyed by the literal's address. */
#define INTERNED 96
static const char *interned_key[INTERNED];
static wstr interned_str[INTERNED];
static uint32_t interned_n;

static wstr cstr(const char *s) {
    for (uint32_t i = 0; i < interned_n; i++) if (interned_key[i] == s) return interned_str[i];
    wstr r = str_from_cstr(s);
    if (r && interned_n < INTERNED) {
        interned_key[interned_n] = s;
        interned_str[interned_n++] = r;
    }
    return r;
}

/* The class of an instance (or of an exception of a program's class), its attribute dict, and the
 * class's name as a C string (a raw block holding its UTF-8). */
static wobj class_of(wobj inst) {
    return ty(inst) == T_EXC ? box_ptr(HDR(unbox_ptr(inst))[7]) : sl(inst)[IN_CLASS];
}
static wobj dict_of(wobj inst) {
    return ty(inst) == T_EXC ? box_ptr(HDR(unbox_ptr(inst))[6]) : sl(inst)[IN_DICT];
}
/* Whether v is an instance of a program's class: a plain instance, or an exception with its class. */
static int has_class(wobj v) {
    uint32_t t = ty(v);
    return t == T_INSTANCE || (t == T_EXC && HDR(unbox_ptr(v))[7] != 0);
}
static const char *class_cname(wobj cls) { return (const char *)(size_t)(unbox_ptr(sl(cls)[CL_CNAME]) + 8); }
static wstr class_name(wobj cls) { return unbox_ptr(sl(cls)[CL_NAME]); }

const char *CLASS_EXPORT(class_type_name)(wobj v) {
    switch (ty(v)) {
    case T_INSTANCE: return class_cname(class_of(v));
    case T_CLASS: return "type";
    case T_FUNCTION: return "function";
    case T_METHOD: return "method";
    case T_SUPER: return "super";
    case T_NOTIMPL: return "NotImplementedType";
    case T_STANDIN: return small_val(sl(v)[0]) == 1 ? "type" : "traceback";
    default: {
        int64_t k = small_val(sl(v)[DE_KIND]);
        return k == KIND_STATIC ? "staticmethod" : k == KIND_CLASS ? "classmethod" : "property";
    }
    }
}

static uint32_t utf8_block(wstr s) {
    uint32_t n = str_len(s), size = 1;
    uint8_t b[4];
    for (uint32_t i = 0; i < n; i++) size += utf8_encode_pub(str_at(s, i), b);
    uint32_t raw = heap_alloc(8 + (uint64_t)size, T_RAW);
    if (!raw) return 0;
    uint8_t *out = (uint8_t *)(size_t)(raw + 8);
    for (uint32_t i = 0; i < n; i++) out += utf8_encode_pub(str_at(s, i), out);
    *out = 0;
    return raw;
}

/* ---- dict helpers (str keys) ---- */

static wobj dict_find(wobj dict, wstr name) { return rt_dict_get_default(unbox_ptr(dict), box_ptr(name), MISSING); }

/* A cache of class lookups, as CPython's type attribute cache: (class, name str) to what the MRO
 * gives, MISSING included. Names are the program's static strs and the interned C names, so the
 * address of a name stands for it. Emptied when a class's namespace changes (an attribute set or
 * deleted through the class) and at every collection (addresses may then be reused). */
#define LOOKUP_CACHE 512
static struct { uint32_t cls, name; wobj value; } lookup_cache[LOOKUP_CACHE];

static void lookup_cache_clear(void) { memset(lookup_cache, 0, sizeof lookup_cache); }

/* name looked up along cls's MRO: the value, or MISSING. */
static wobj class_lookup(wobj cls, wstr name) {
    uint32_t c = unbox_ptr(cls);
    uint32_t k = ((c >> 3) ^ ((name >> 3) * 2654435761u)) & (LOOKUP_CACHE - 1);
    if (lookup_cache[k].cls == c && lookup_cache[k].name == name) return lookup_cache[k].value;
    wtuple mro = unbox_ptr(sl(cls)[CL_MRO]);
    wobj found = MISSING;
    for (uint32_t i = 0; i < rt_tuple_len(mro) && found == MISSING; i++) found = dict_find(sl(rt_tuple_get(mro, i))[CL_DICT], name);
    lookup_cache[k].cls = c;
    lookup_cache[k].name = name;
    lookup_cache[k].value = found;
    return found;
}

static int is_subclass(wobj c, wobj base) {
    wtuple mro = unbox_ptr(sl(c)[CL_MRO]);
    for (uint32_t i = 0; i < rt_tuple_len(mro); i++) if (rt_tuple_get(mro, i) == base) return 1;
    return 0;
}

/* ---- class creation ---- */

static void raise_s(uint32_t cls, const char *pre, wstr s, const char *post) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, pre);
    rt_sb_add_str(sb, s);
    sb_add_cstr(sb, post);
    rt_raise(cls, rt_sb_finish(sb));
}

/* CPython's C3 linearization (mro_implementation): cls, then the merge of the bases' MROs and the
 * bases themselves; TypeError when no consistent order exists. */
static wtuple c3(wobj cls, wtuple bases) {
    uint32_t nb = rt_tuple_len(bases), total = 1;
    for (uint32_t i = 0; i < nb; i++) total += rt_tuple_len(unbox_ptr(sl(rt_tuple_get(bases, i))[CL_MRO]));
    wobj *out = scratch(8ull * total);
    uint32_t *heads = scratch(4ull * (nb + 1));
    if (!out || !heads) return 0;
    uint32_t n = 0;
    out[n++] = cls;
    for (;;) {
        int remaining = 0, advanced = 0;
        for (uint32_t i = 0; i <= nb && !advanced; i++) {
            wtuple si = i < nb ? unbox_ptr(sl(rt_tuple_get(bases, i))[CL_MRO]) : bases;
            if (heads[i] >= rt_tuple_len(si)) continue;
            remaining = 1;
            wobj cand = rt_tuple_get(si, heads[i]);
            int in_tail = 0;
            for (uint32_t j = 0; j <= nb && !in_tail; j++) {
                wtuple sj = j < nb ? unbox_ptr(sl(rt_tuple_get(bases, j))[CL_MRO]) : bases;
                for (uint32_t k = heads[j] + 1; k < rt_tuple_len(sj); k++) if (rt_tuple_get(sj, k) == cand) { in_tail = 1; break; }
            }
            if (in_tail) continue;
            out[n++] = cand;
            for (uint32_t j = 0; j <= nb; j++) {
                wtuple sj = j < nb ? unbox_ptr(sl(rt_tuple_get(bases, j))[CL_MRO]) : bases;
                if (heads[j] < rt_tuple_len(sj) && rt_tuple_get(sj, heads[j]) == cand) heads[j]++;
            }
            advanced = 1;
        }
        if (!remaining) break;
        if (!advanced) {
            wsb sb = rt_sb_new();
            sb_add_cstr(sb, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            int first = 1;
            for (uint32_t i = 0; i <= nb; i++) {
                wtuple si = i < nb ? unbox_ptr(sl(rt_tuple_get(bases, i))[CL_MRO]) : bases;
                if (heads[i] >= rt_tuple_len(si)) continue;
                wobj c = rt_tuple_get(si, heads[i]);
                int seen = 0;
                for (uint32_t j = 0; j < i; j++) {
                    wtuple sj = j < nb ? unbox_ptr(sl(rt_tuple_get(bases, j))[CL_MRO]) : bases;
                    if (heads[j] < rt_tuple_len(sj) && rt_tuple_get(sj, heads[j]) == c) seen = 1;
                }
                if (seen) continue;
                if (!first) sb_add_cstr(sb, ", ");
                rt_sb_add_str(sb, class_name(c));
                first = 0;
            }
            rt_raise(EXC_TypeError, rt_sb_finish(sb));
            return 0;
        }
    }
    wtuple mro = rt_tuple_new(n);
    if (!mro) return 0;
    for (uint32_t i = 0; i < n; i++) rt_tuple_set(mro, i, out[i]);
    return mro;
}

wobj WEXPORT(rt_class_new)(wstr name, wtuple bases, wdict ns) {
    uint32_t nb = rt_tuple_len(bases);
    for (uint32_t i = 0; i < nb; i++) {
        wobj b = rt_tuple_get(bases, i);
        if (ty(b) != T_CLASS) {
            rt_raise(EXC_TypeError, cstr("bases must be types"));
            return 0;
        }
        for (uint32_t j = 0; j < i; j++) {
            if (rt_tuple_get(bases, j) == b) { raise_s(EXC_TypeError, "duplicate base class ", class_name(b), ""); return 0; }
        }
    }
    /* A class that defines __eq__ and not __hash__ is unhashable (type_new sets __hash__ = None). */
    wobj dict = box_ptr(ns);
    if (dict_find(dict, cstr("__eq__")) != MISSING && dict_find(dict, cstr("__hash__")) == MISSING) {
        rt_dict_set(ns, box_ptr(cstr("__hash__")), none());
        if (exc_pending()) return 0;
    }
    wobj cls = new_generic(T_CLASS, CL_WORD);
    if (!cls) return 0;
    sl(cls)[CL_NAME] = box_ptr(name);
    sl(cls)[CL_BASES] = box_ptr(bases);
    sl(cls)[CL_DICT] = dict;
    uint32_t cname = utf8_block(name);
    if (!cname) return 0;
    sl(cls)[CL_CNAME] = box_ptr(cname);
    wtuple mro = c3(cls, bases);
    if (!mro) return 0;
    sl(cls)[CL_MRO] = box_ptr(mro);
    return cls;
}

/* Makes cls an exception class of the runtime's id `id` (rt_exc_define registered it): calling it
 * makes an exception object. */
void WEXPORT(rt_class_set_exception)(wobj cls, wint id) { sl(cls)[CL_EXCID] = id; }

/* A name read in a class body: the namespace's, else NameError (the names a class body binds). */
wobj WEXPORT(rt_class_ns_get)(wdict ns, wstr name) {
    wobj v = dict_find(box_ptr(ns), name);
    if (v != MISSING) return v;
    raise_s(EXC_NameError, "name '", name, "' is not defined");
    return 0;
}

/* ---- function objects and their wrappers ---- */

wobj WEXPORT(rt_func_new)(wint index, wstr name, wstr qualname, wtuple params, wtuple defaults) {
    wobj f = new_generic(T_FUNCTION, FN_WORD);
    if (!f) return 0;
    sl(f)[FN_INDEX] = index;
    sl(f)[FN_NAME] = box_ptr(name);
    sl(f)[FN_QUALNAME] = box_ptr(qualname);
    sl(f)[FN_PARAMS] = box_ptr(params);
    sl(f)[FN_DEFAULTS] = box_ptr(defaults);
    return f;
}

static wobj descr(int64_t kind, wobj a, wobj b, wobj c) {
    wobj d = new_generic(T_DESCR, DE_WORD);
    if (!d) return 0;
    sl(d)[DE_KIND] = mk_small(kind);
    sl(d)[DE_A] = a;
    sl(d)[DE_B] = b;
    sl(d)[DE_C] = c;
    return d;
}

static int is_descr(wobj v, int64_t kind) { return ty(v) == T_DESCR && small_val(sl(v)[DE_KIND]) == kind; }

wobj WEXPORT(rt_staticmethod)(wobj f) { return descr(KIND_STATIC, f, none(), none()); }
wobj WEXPORT(rt_classmethod)(wobj f) { return descr(KIND_CLASS, f, none(), none()); }
wobj WEXPORT(rt_property)(wobj fget) { return descr(KIND_PROPERTY, fget, none(), none()); }

/* prop.setter(f) and prop.deleter(f): a copy of the property with that function. */
wobj WEXPORT(rt_property_with)(wobj prop, wint which, wobj f) {
    if (!is_descr(prop, KIND_PROPERTY)) {
        raise_typed("'", prop, small_val(which) == 1 ? "' object has no attribute 'setter'" : "' object has no attribute 'deleter'");
        return 0;
    }
    wobj *p = sl(prop);
    return small_val(which) == 1 ? descr(KIND_PROPERTY, p[DE_A], f, p[DE_C]) : descr(KIND_PROPERTY, p[DE_A], p[DE_B], f);
}

static wobj bound(wobj func, wobj self) {
    wobj m = new_generic(T_METHOD, ME_WORD);
    if (!m) return 0;
    sl(m)[ME_FUNC] = func;
    sl(m)[ME_SELF] = self;
    return m;
}

/* ---- binding arguments: CPython's initialize_locals, its checks in its order ---- */

static wstr fn_qualname(wobj f) { return unbox_ptr(sl(f)[FN_QUALNAME]); }

static void add_int(wsb sb, int64_t k) {
    wstr s = rt_int_to_str(mk_small(k));
    if (s) rt_sb_add_str(sb, s);
}

static void too_many(wobj f, uint32_t n, uint32_t nd, uint32_t given) {
    wsb sb = rt_sb_new();
    rt_sb_add_str(sb, fn_qualname(f));
    sb_add_cstr(sb, "() takes ");
    int plural;
    if (nd) {
        sb_add_cstr(sb, "from ");
        add_int(sb, n - nd);
        sb_add_cstr(sb, " to ");
        add_int(sb, n);
        plural = 1;
    } else {
        add_int(sb, n);
        plural = n != 1;
    }
    sb_add_cstr(sb, plural ? " positional arguments but " : " positional argument but ");
    add_int(sb, given);
    sb_add_cstr(sb, given == 1 ? " was given" : " were given");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

static void missing_args(wobj f, wtuple frame, uint32_t n, uint32_t nd) {
    wtuple params = unbox_ptr(sl(f)[FN_PARAMS]);
    uint32_t count = 0;
    for (uint32_t i = 0; i < n - nd; i++) if (rt_tuple_get(frame, FRAME_ARGS + i) == MISSING) count++;
    wsb sb = rt_sb_new();
    rt_sb_add_str(sb, fn_qualname(f));
    sb_add_cstr(sb, "() missing ");
    add_int(sb, count);
    sb_add_cstr(sb, count == 1 ? " required positional argument: " : " required positional arguments: ");
    uint32_t k = 0;
    for (uint32_t i = 0; i < n - nd; i++) {
        if (rt_tuple_get(frame, FRAME_ARGS + i) != MISSING) continue;
        if (k > 0) sb_add_cstr(sb, count == 2 ? " and " : k == count - 1 ? ", and " : ", ");
        sb_add_cstr(sb, "'");
        rt_sb_add_str(sb, unbox_ptr(rt_tuple_get(params, i)));
        sb_add_cstr(sb, "'");
        k++;
    }
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

static void keyword_error(wobj f, const char *what, wobj key) {
    wsb sb = rt_sb_new();
    rt_sb_add_str(sb, fn_qualname(f));
    sb_add_cstr(sb, what);
    rt_sb_add_str(sb, unbox_ptr(key));
    sb_add_cstr(sb, "'");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

/* A frame calling function f with self (0: none) prepended to args, and the keywords of kwargs (a
 * dict, or None); mode and result as the frame's. 0 after raising. */
static wtuple bind_args(wobj f, wobj self, wtuple args, wobj kwargs, int mode, wobj result) {
    wtuple params = unbox_ptr(sl(f)[FN_PARAMS]), defaults = unbox_ptr(sl(f)[FN_DEFAULTS]);
    uint32_t n = rt_tuple_len(params), nd = rt_tuple_len(defaults), na = rt_tuple_len(args);
    uint32_t given = na + (self ? 1 : 0);
    wtuple frame = rt_tuple_new(FRAME_ARGS + n);
    if (!frame) return 0;
    rt_tuple_set(frame, 0, sl(f)[FN_INDEX]);
    rt_tuple_set(frame, 1, mk_small(mode));
    rt_tuple_set(frame, 2, result);
    for (uint32_t i = 0; i < n; i++) rt_tuple_set(frame, FRAME_ARGS + i, MISSING);
    uint32_t k = 0;
    if (self && k < n) rt_tuple_set(frame, FRAME_ARGS + k++, self);
    for (uint32_t i = 0; i < na && k < n; i++) rt_tuple_set(frame, FRAME_ARGS + k++, rt_tuple_get(args, i));
    if (ty(kwargs) == T_DICT) {
        wdict kw = unbox_ptr(kwargs);
        for (int32_t e = rt_dict_next(kw, 0); e >= 0; e = rt_dict_next(kw, e + 1)) {
            wobj key = rt_dict_key_at(kw, e);
            uint32_t i = 0;
            while (i < n && !rt_str_eq(unbox_ptr(rt_tuple_get(params, i)), unbox_ptr(key))) i++;
            if (i == n) { keyword_error(f, "() got an unexpected keyword argument '", key); return 0; }
            if (rt_tuple_get(frame, FRAME_ARGS + i) != MISSING) { keyword_error(f, "() got multiple values for argument '", key); return 0; }
            rt_tuple_set(frame, FRAME_ARGS + i, rt_dict_value_at(kw, e));
        }
    }
    if (given > n) { too_many(f, n, nd, given); return 0; }
    for (uint32_t i = 0; i < n - nd; i++) {
        if (rt_tuple_get(frame, FRAME_ARGS + i) == MISSING) { missing_args(f, frame, n, nd); return 0; }
    }
    for (uint32_t i = n - nd; i < n; i++) {
        if (rt_tuple_get(frame, FRAME_ARGS + i) == MISSING) rt_tuple_set(frame, FRAME_ARGS + i, rt_tuple_get(defaults, i - (n - nd)));
    }
    return frame;
}

static wtuple done_frame(wobj result) {
    wtuple frame = rt_tuple_new(FRAME_ARGS);
    if (!frame) return 0;
    rt_tuple_set(frame, 0, mk_small(0));
    rt_tuple_set(frame, 1, mk_small(MODE_DONE));
    rt_tuple_set(frame, 2, result);
    return frame;
}

static int has_args(wtuple args, wobj kwargs) {
    return rt_tuple_len(args) != 0 || (ty(kwargs) == T_DICT && small_val(rt_dict_len(unbox_ptr(kwargs))) != 0);
}

static wtuple instantiate(wobj cls, wtuple args, wobj kwargs) {
    wdict d = rt_dict_new();
    if (!d) return 0;
    wobj inst;
    int64_t excid = small_val(sl(cls)[CL_EXCID]);
    if (excid) {
        /* BaseException.__new__: an exception of the class's id, its args the call's. */
        wexc e = rt_exc_new((uint32_t)excid, 0);
        HDR(e)[4] = args;
        HDR(e)[6] = d;
        HDR(e)[7] = unbox_ptr(cls);
        inst = box_ptr(e);
    } else {
        inst = new_generic(T_INSTANCE, IN_WORD);
        if (!inst) return 0;
        sl(inst)[IN_CLASS] = cls;
        sl(inst)[IN_DICT] = box_ptr(d);
    }
    wobj init = class_lookup(cls, cstr("__init__"));
    if (init == MISSING && excid) {
        if (ty(kwargs) == T_DICT && small_val(rt_dict_len(unbox_ptr(kwargs))) != 0) {
            raise_s(EXC_TypeError, "", class_name(cls), "() takes no keyword arguments");
            return 0;
        }
        return done_frame(inst);
    }
    if (init == MISSING) {
        if (has_args(args, kwargs)) { raise_s(EXC_TypeError, "", class_name(cls), "() takes no arguments"); return 0; }
        return done_frame(inst);
    }
    if (ty(init) != T_FUNCTION) { rt_unsupported("an __init__ that is not a function"); }
    return bind_args(init, inst, args, kwargs, MODE_INIT, inst);
}

wtuple WEXPORT(rt_call_prepare)(wobj callee, wtuple args, wobj kwargs) {
    switch (ty(callee)) {
    case T_FUNCTION: return bind_args(callee, 0, args, kwargs, MODE_CALL, none());
    case T_METHOD: {
        wobj f = sl(callee)[ME_FUNC];
        return bind_args(f, sl(callee)[ME_SELF], args, kwargs, MODE_CALL, none());
    }
    case T_CLASS: return instantiate(callee, args, kwargs);
    case T_INSTANCE: {
        wobj call = class_lookup(class_of(callee), cstr("__call__"));
        if (ty(call) == T_FUNCTION) return bind_args(call, callee, args, kwargs, MODE_CALL, none());
        break;
    }
    case T_DESCR:
        if (is_descr(callee, KIND_STATIC)) return rt_call_prepare(sl(callee)[DE_A], args, kwargs);
        break;
    }
    raise_typed("'", callee, "' object is not callable");
    return 0;
}

wobj WEXPORT(rt_call_result)(wtuple frame, wobj r) {
    switch (small_val(rt_tuple_get(frame, 1))) {
    case MODE_INIT:
        if (ty(r) != T_NONE) {
            raise_typed("__init__() should return None, not '", r, "'");
            return 0;
        }
        return rt_tuple_get(frame, 2);
    case MODE_DONE: return rt_tuple_get(frame, 2);
    default: return r;
    }
}

/* Calls a prepared frame from C: compiled code runs on top, and collection waits until it returns. */
static wobj run_frame(wtuple frame) {
    if (!frame) return 0;
    if (small_val(rt_tuple_get(frame, 1)) == MODE_DONE) return rt_tuple_get(frame, 2);
    gc_deferred++;
    wobj r = waspy_prog_call(frame);
    gc_deferred--;
    if (exc_pending()) return 0;
    return rt_call_result(frame, r);
}

static wobj call1(wobj f, wobj self) { return run_frame(bind_args(f, self, rt_tuple_new(0), none(), MODE_CALL, none())); }

/* self.NAME(*args) for a special method found on self's class (not its instance dict, as CPython
 * looks special methods up): 1 and *out set (0 with an exception pending) when the class has it. */
int call_special(wobj self, const char *name, const wobj *a, uint32_t n, wobj *out) {
    wobj f = class_lookup(class_of(self), cstr(name));
    if (f == MISSING) return 0;
    wtuple args = rt_tuple_new(n);
    if (!args) { *out = 0; return 1; } /* MemoryError pending */
    for (uint32_t i = 0; i < n; i++) rt_tuple_set(args, i, a[i]);
    if (ty(f) == T_FUNCTION) *out = run_frame(bind_args(f, self, args, none(), MODE_CALL, none()));
    else if (ty(f) == T_NONE) { *out = MISSING; }
    else *out = run_frame(rt_call_prepare(f, args, none()));
    return 1;
}

/* ---- attributes ---- */

static void no_attribute(wobj o, wstr name) {
    wsb sb = rt_sb_new();
    if (ty(o) == T_CLASS) {
        sb_add_cstr(sb, "type object '");
        rt_sb_add_str(sb, class_name(o));
        sb_add_cstr(sb, "' has no attribute '");
    } else {
        sb_add_cstr(sb, "'");
        sb_add_cstr(sb, type_name(o));
        sb_add_cstr(sb, "' object has no attribute '");
    }
    rt_sb_add_str(sb, name);
    sb_add_cstr(sb, "'");
    rt_raise(EXC_AttributeError, rt_sb_finish(sb));
}

/* What a class attribute d gives when read through an instance (self) or the class (self 0). */
static wobj bind(wobj d, wobj self, wobj cls) {
    switch (ty(d)) {
    case T_FUNCTION: return self ? bound(d, self) : d;
    case T_DESCR:
        switch (small_val(sl(d)[DE_KIND])) {
        case KIND_STATIC: return sl(d)[DE_A];
        case KIND_CLASS: return bound(sl(d)[DE_A], cls);
        default:
            if (!self) return d;
            if (ty(sl(d)[DE_A]) == T_NONE) { rt_unsupported("a property without a getter"); }
            return call1(sl(d)[DE_A], self);
        }
    default: return d;
    }
}

static int name_is(wstr name, const char *c) { return rt_str_eq(name, cstr(c)); }

static wobj instance_getattr(wobj o, wstr name) {
    wobj cls = class_of(o);
    wobj d = class_lookup(cls, name);
    if (d != MISSING && is_descr(d, KIND_PROPERTY)) return bind(d, o, cls);
    wobj v = dict_find(dict_of(o), name);
    if (v != MISSING) return v;
    if (d != MISSING) return bind(d, o, cls);
    if (name_is(name, "__class__")) return cls;
    if (name_is(name, "__dict__")) return dict_of(o);
    no_attribute(o, name);
    return 0;
}

static wobj class_getattr(wobj cls, wstr name) {
    wobj d = class_lookup(cls, name);
    if (d != MISSING) return bind(d, 0, cls);
    if (name_is(name, "__name__") || name_is(name, "__qualname__")) return sl(cls)[CL_NAME];
    if (name_is(name, "__bases__")) return sl(cls)[CL_BASES];
    if (name_is(name, "__mro__")) rt_unsupported("__mro__ (object is not a value)");
    if (name_is(name, "__dict__")) rt_unsupported("a class's __dict__ (its namespace changed behind the lookups)");
    no_attribute(cls, name);
    return 0;
}

/* super(cls, self).name: looked up along type(self)'s MRO after cls. */
static wobj super_getattr(wobj sup, wstr name) {
    wobj cls = sl(sup)[SU_CLASS], self = sl(sup)[SU_SELF];
    wobj start = ty(self) == T_CLASS ? self : class_of(self); /* an instance, or an exception with its class */
    wtuple mro = unbox_ptr(sl(start)[CL_MRO]);
    uint32_t i = 0, n = rt_tuple_len(mro);
    while (i < n && rt_tuple_get(mro, i) != cls) i++;
    for (i++; i < n; i++) {
        wobj d = dict_find(sl(rt_tuple_get(mro, i))[CL_DICT], name);
        if (d != MISSING) return bind(d, ty(self) == T_CLASS ? 0 : self, start);
    }
    if (name_is(name, "__init__") && ty(self) != T_CLASS) return MISSING; /* object.__init__ */
    no_attribute(sup, name);
    return 0;
}

wobj WEXPORT(rt_super)(wobj cls, wobj self) {
    int ok = ty(cls) == T_CLASS && ((has_class(self) && is_subclass(class_of(self), cls))
                                    || (ty(self) == T_CLASS && is_subclass(self, cls)));
    if (!ok) {
        rt_raise(EXC_TypeError, cstr("super(type, obj): obj must be an instance or subtype of type"));
        return 0;
    }
    wobj s = new_generic(T_SUPER, SU_WORD);
    if (!s) return 0;
    sl(s)[SU_CLASS] = cls;
    sl(s)[SU_SELF] = self;
    return s;
}

/* o.name for the values of this file; 0 with no exception pending when o is of another type. */
wobj CLASS_EXPORT(class_getattr_any)(wobj o, wstr name) {
    switch (ty(o)) {
    case T_EXC:
    case T_INSTANCE: return instance_getattr(o, name);
    case T_CLASS: return class_getattr(o, name);
    case T_SUPER: {
        wobj v = super_getattr(o, name);
        if (v == MISSING) { rt_unsupported("super().__init__ as a value, outside a call"); }
        return v;
    }
    case T_FUNCTION:
        if (name_is(name, "__name__")) return sl(o)[FN_NAME];
        if (name_is(name, "__qualname__")) return sl(o)[FN_QUALNAME];
        no_attribute(o, name);
        return 0;
    case T_STANDIN:
        if (small_val(sl(o)[0]) == 1 && (name_is(name, "__name__") || name_is(name, "__qualname__"))) {
            return box_ptr(cstr(exc_type_name(rt_exc_new((uint32_t)small_val(sl(o)[1]), 0))));
        }
        rt_unsupported("an attribute of a built-in exception class or of a traceback");
    case T_METHOD:
        if (name_is(name, "__self__")) return sl(o)[ME_SELF];
        if (name_is(name, "__func__")) return sl(o)[ME_FUNC];
        return class_getattr_any(sl(o)[ME_FUNC], name);
    default:
        return MISSING;
    }
}

/* AttributeError "property 'x' of 'C' object has no setter" (or deleter). */
static void property_lacks(wobj o, wstr name, const char *what) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "property '");
    rt_sb_add_str(sb, name);
    sb_add_cstr(sb, "' of '");
    sb_add_cstr(sb, type_name(o));
    sb_add_cstr(sb, what);
    rt_raise(EXC_AttributeError, rt_sb_finish(sb));
}

void WEXPORT(rt_obj_setattr)(wobj o, wstr name, wobj v) {
    if (ty(o) == T_EXC && name_is(name, "args")) {
        wtuple t = rt_obj_to_tuple(v); /* BaseException's args setter */
        if (t) HDR(unbox_ptr(o))[4] = t;
        return;
    }
    switch (has_class(o) ? T_INSTANCE : ty(o)) {
    case T_INSTANCE: {
        wobj d = class_lookup(class_of(o), name);
        if (d != MISSING && is_descr(d, KIND_PROPERTY)) {
            wobj setter = sl(d)[DE_B];
            if (ty(setter) == T_NONE) { property_lacks(o, name, "' object has no setter"); return; }
            wtuple args = rt_tuple_new(1);
            if (!args) return;
            rt_tuple_set(args, 0, v);
            run_frame(bind_args(setter, o, args, none(), MODE_CALL, none()));
            return;
        }
        rt_dict_set(unbox_ptr(dict_of(o)), box_ptr(name), v);
        return;
    }
    case T_EXC: rt_unsupported("setting an attribute of a built-in exception");
    case T_CLASS:
        lookup_cache_clear();
        rt_dict_set(unbox_ptr(sl(o)[CL_DICT]), box_ptr(name), v);
        return;
    case T_NONE: case T_INT: case T_BOOL: case T_FLOAT: case T_STR: case T_TUPLE: case T_LIST: case T_DICT: case T_SET:
        no_attribute(o, name);
        return;
    default: rt_unsupported("setting an attribute of this kind of object");
    }
}

void WEXPORT(rt_obj_delattr)(wobj o, wstr name) {
    if (has_class(o)) {
        wobj d = class_lookup(class_of(o), name);
        if (d != MISSING && is_descr(d, KIND_PROPERTY)) {
            wobj deleter = sl(d)[DE_C];
            if (ty(deleter) == T_NONE) { property_lacks(o, name, "' object has no deleter"); return; }
            call1(deleter, o);
            return;
        }
        wdict dict = unbox_ptr(dict_of(o));
        if (!rt_dict_contains(dict, box_ptr(name))) { no_attribute(o, name); return; }
        rt_dict_del(dict, box_ptr(name));
        return;
    }
    if (ty(o) == T_CLASS) {
        lookup_cache_clear();
        wdict dict = unbox_ptr(sl(o)[CL_DICT]);
        if (!rt_dict_contains(dict, box_ptr(name))) { no_attribute(o, name); return; }
        rt_dict_del(dict, box_ptr(name));
        return;
    }
    rt_unsupported("deleting an attribute of this kind of object");
}

/* self.name(*args, **kwargs) as a frame: a method found on the class is bound without a bound
 * method object; a built-in receiver's method is called here (a done frame). */
wtuple WEXPORT(rt_method_prepare)(wobj self, wstr name, wtuple args, wobj kwargs) {
    uint32_t t = ty(self);
    if (has_class(self)) {
        wobj d = class_lookup(class_of(self), name);
        if (ty(d) == T_FUNCTION && dict_find(dict_of(self), name) == MISSING) {
            return bind_args(d, self, args, kwargs, MODE_CALL, none());
        }
    }
    if (t == T_SUPER && name_is(name, "__init__")) {
        wobj f = super_getattr(self, name);
        if (f == MISSING && ty(sl(self)[SU_SELF]) == T_EXC) {
            /* BaseException.__init__: the arguments become args */
            if (ty(kwargs) == T_DICT && small_val(rt_dict_len(unbox_ptr(kwargs))) != 0) {
                raise_s(EXC_TypeError, "", class_name(class_of(sl(self)[SU_SELF])), "() takes no keyword arguments");
                return 0;
            }
            HDR(unbox_ptr(sl(self)[SU_SELF]))[4] = args;
            return done_frame(none());
        }
        if (f == MISSING) {
            if (has_args(args, kwargs)) { rt_raise(EXC_TypeError, cstr("object.__init__() takes exactly one argument (the instance to initialize)")); return 0; }
            return done_frame(none());
        }
        return exc_pending() ? 0 : rt_call_prepare(f, args, kwargs);
    }
    wobj attr = class_getattr_any(self, name);
    if (exc_pending()) return 0;
    if (attr != MISSING) return rt_call_prepare(attr, args, kwargs);
    /* A built-in receiver: the runtime's method table, else not something Waspy can call. */
    if (builtin_method_exists(self, name)) {
        if (ty(kwargs) == T_DICT && small_val(rt_dict_len(unbox_ptr(kwargs))) != 0) rt_unsupported("keyword arguments of a built-in method called by name");
        wobj r = rt_obj_call_method(self, name, args);
        return exc_pending() ? 0 : done_frame(r);
    }
    /* Not in the runtime's table: a data attribute called (TypeError), CPython's AttributeError, or a
     * method Waspy has only where the compiler sees its receiver's type (a stop, status 3). */
    wobj attr2 = builtin_getattr(self, name);
    return exc_pending() ? 0 : rt_call_prepare(attr2, args, kwargs);
}

uint32_t CLASS_EXPORT(class_callable)(wobj v) {
    switch (ty(v)) {
    case T_CLASS: case T_FUNCTION: case T_METHOD: return 1;
    case T_INSTANCE: return class_lookup(class_of(v), cstr("__call__")) != MISSING;
    case T_DESCR: return is_descr(v, KIND_STATIC);
    default: return 0;
    }
}

uint32_t WEXPORT(rt_obj_is_instance)(wobj v) {
    uint32_t t = ty(v);
    return has_class(v) || t == T_CLASS || t == T_SUPER || t == T_FUNCTION || t == T_METHOD;
}

/* isinstance(v, cls) for a class of the program; TypeError for a cls that is not a class. */
uint32_t WEXPORT(rt_isinstance_class)(wobj v, wobj cls) {
    if (ty(cls) != T_CLASS) {
        rt_raise(EXC_TypeError, cstr("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        return 0;
    }
    if (ty(v) == T_EXC && small_val(sl(cls)[CL_EXCID])) return rt_exc_matches(unbox_ptr(v), (uint32_t)small_val(sl(cls)[CL_EXCID]));
    return has_class(v) && is_subclass(class_of(v), cls);
}

uint32_t WEXPORT(rt_issubclass_class)(wobj c, wobj cls) {
    if (ty(c) != T_CLASS) { rt_raise(EXC_TypeError, cstr("issubclass() arg 1 must be a class")); return 0; }
    if (ty(cls) != T_CLASS) {
        rt_raise(EXC_TypeError, cstr("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        return 0;
    }
    return is_subclass(c, cls);
}

wobj WEXPORT(rt_with_exit)(wobj mgr) {
    if (!has_class(mgr) || class_lookup(class_of(mgr), cstr("__enter__")) == MISSING) {
        raise_typed("'", mgr, "' object does not support the context manager protocol");
        return 0;
    }
    wobj exit = class_lookup(class_of(mgr), cstr("__exit__"));
    if (exit == MISSING) {
        raise_typed("'", mgr, "' object does not support the context manager protocol (missed __exit__ method)");
        return 0;
    }
    return bind(exit, mgr, class_of(mgr));
}

static wobj standin(int64_t kind, int64_t id) {
    wobj s = new_generic(T_STANDIN, 2);
    if (!s) return 0;
    sl(s)[0] = mk_small(kind);
    sl(s)[1] = mk_small(id);
    return s;
}

wobj WEXPORT(rt_exc_type)(wobj e) {
    if (has_class(e)) return class_of(e);
    return standin(1, HDR(unbox_ptr(e))[2]);
}

wobj WEXPORT(rt_exc_traceback)(wobj e) { return standin(2, 0); }

/* type(v) for an instance: its class; other values are not classes Waspy has as values. */
wobj WEXPORT(rt_obj_class)(wobj v) {
    if (has_class(v)) return class_of(v);
    rt_unsupported("type() of a built-in value as a value");
}

/* ---- what the generic operations of obj.c, dict.c and iter.c ask of instances ---- */

static wstr want_str_result(wobj r, const char *which) {
    if (exc_pending()) return 0;
    if (ty(r) == T_STR) return unbox_ptr(r);
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, which);
    sb_add_cstr(sb, " returned non-string (type ");
    sb_add_cstr(sb, type_name(r));
    sb_add_cstr(sb, ")");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
    return 0;
}

static void add_hex(wsb sb, uint32_t p) {
    static const char digits[] = "0123456789abcdef";
    char buf[16];
    int n = 0;
    do { buf[n++] = digits[p & 15]; p >>= 4; } while (p);
    sb_add_cstr(sb, "0x");
    while (n) { char c[2] = { buf[--n], 0 }; sb_add_cstr(sb, c); }
}

wstr CLASS_EXPORT(class_repr)(wobj v) {
    wsb sb;
    switch (ty(v)) {
    case T_EXC: {
        wobj r;
        if (call_special(v, "__repr__", 0, 0, &r)) return want_str_result(r, "__repr__");
        return exc_repr(unbox_ptr(v));
    }
    case T_INSTANCE: {
        wobj r;
        if (call_special(v, "__repr__", 0, 0, &r)) return want_str_result(r, "__repr__");
        sb = rt_sb_new();
        sb_add_cstr(sb, "<__main__.");
        sb_add_cstr(sb, class_cname(class_of(v)));
        sb_add_cstr(sb, " object at ");
        add_hex(sb, unbox_ptr(v));
        sb_add_cstr(sb, ">");
        return rt_sb_finish(sb);
    }
    case T_CLASS:
        sb = rt_sb_new();
        sb_add_cstr(sb, "<class '__main__.");
        rt_sb_add_str(sb, class_name(v));
        sb_add_cstr(sb, "'>");
        return rt_sb_finish(sb);
    case T_FUNCTION:
        sb = rt_sb_new();
        sb_add_cstr(sb, "<function ");
        rt_sb_add_str(sb, fn_qualname(v));
        sb_add_cstr(sb, " at ");
        add_hex(sb, unbox_ptr(v));
        sb_add_cstr(sb, ">");
        return rt_sb_finish(sb);
    case T_METHOD: {
        wstr self = rt_obj_repr(sl(v)[ME_SELF]);
        if (!self) return 0;
        sb = rt_sb_new();
        sb_add_cstr(sb, "<bound method ");
        rt_sb_add_str(sb, fn_qualname(sl(v)[ME_FUNC]));
        sb_add_cstr(sb, " of ");
        rt_sb_add_str(sb, self);
        sb_add_cstr(sb, ">");
        return rt_sb_finish(sb);
    }
    case T_NOTIMPL: return cstr("NotImplemented");
    case T_STANDIN:
        sb = rt_sb_new();
        if (small_val(sl(v)[0]) == 1) {
            sb_add_cstr(sb, "<class '");
            if (small_val(sl(v)[1]) >= EXC_USER_FIRST) sb_add_cstr(sb, "__main__.");
            sb_add_cstr(sb, exc_type_name(rt_exc_new((uint32_t)small_val(sl(v)[1]), 0)));
            sb_add_cstr(sb, "'>");
        } else {
            sb_add_cstr(sb, "<traceback object at ");
            add_hex(sb, unbox_ptr(v));
            sb_add_cstr(sb, ">");
        }
        return rt_sb_finish(sb);
    default:
        sb = rt_sb_new();
        sb_add_cstr(sb, "<");
        sb_add_cstr(sb, type_name(v));
        sb_add_cstr(sb, " object at ");
        add_hex(sb, unbox_ptr(v));
        sb_add_cstr(sb, ">");
        return rt_sb_finish(sb);
    }
}

wstr CLASS_EXPORT(class_str)(wobj v) {
    wobj r;
    if (has_class(v) && call_special(v, "__str__", 0, 0, &r)) return want_str_result(r, "__str__");
    if (ty(v) == T_EXC) return rt_exc_str(unbox_ptr(v));
    return class_repr(v);
}

/* bool(v) for an instance: __bool__, else __len__, else true; -1 after raising. */
int CLASS_EXPORT(class_truthy)(wobj v) {
    wobj r;
    if (call_special(v, "__bool__", 0, 0, &r)) {
        if (exc_pending()) return -1;
        if (ty(r) != T_BOOL) { raise_typed("__bool__ should return bool, returned ", r, ""); return -1; }
        return rt_obj_truthy(r);
    }
    if (call_special(v, "__len__", 0, 0, &r)) {
        if (exc_pending()) return -1;
        wint n = class_len_result(r);
        if (exc_pending()) return -1;
        return n != 0;
    }
    return 1;
}

/* A __len__ result as CPython checks it: an int, >= 0, within Py_ssize_t. */
wint class_len_result(wobj r) {
    if (ty(r) != T_INT && ty(r) != T_BOOL) { raise_typed("'", r, "' object cannot be interpreted as an integer"); return 0; }
    wint n = ty(r) == T_BOOL ? mk_small(rt_obj_truthy(r)) : r;
    uint32_t tmp[2];
    if (is_small(n) ? small_val(n) < 0 : big_view(n, tmp).neg) { raise_c(EXC_ValueError, "__len__() should return >= 0"); return 0; }
    if (!fits_ssize(n)) { raise_c(EXC_OverflowError, "cannot fit 'int' into an index-sized integer"); return 0; }
    return n;
}

/* hash(v) of an instance: __hash__ (None: unhashable), else by identity. 0 after raising. */
int CLASS_EXPORT(class_hash)(wobj v, int64_t *out) {
    wobj r;
    if (ty(v) == T_INSTANCE && call_special(v, "__hash__", 0, 0, &r)) {
        if (exc_pending()) return 0;
        if (r == MISSING) { raise_typed("unhashable type: '", v, "'"); return 0; }
        if (ty(r) != T_INT && ty(r) != T_BOOL) { rt_raise(EXC_TypeError, cstr("__hash__ method should return an integer")); return 0; }
        return hash_of(r, out);
    }
    uint32_t p = unbox_ptr(v);
    *out = (int64_t)((p >> 4) | ((uint64_t)p << 60));
    return 1;
}

/* The reflected name of each binary special method, by index. */
static const char *const BIN_NAMES[][3] = {
    { "__add__", "__radd__", "__iadd__" }, { "__sub__", "__rsub__", "__isub__" },
    { "__mul__", "__rmul__", "__imul__" }, { "__truediv__", "__rtruediv__", "__itruediv__" },
    { "__floordiv__", "__rfloordiv__", "__ifloordiv__" }, { "__mod__", "__rmod__", "__imod__" },
    { "__pow__", "__rpow__", "__ipow__" }, { "__divmod__", "__rdivmod__", "" },
    { "__and__", "__rand__", "__iand__" }, { "__or__", "__ror__", "__ior__" },
    { "__xor__", "__rxor__", "__ixor__" }, { "__lshift__", "__rlshift__", "__ilshift__" },
    { "__rshift__", "__rrshift__", "__irshift__" },
};

/* Whether b's class is a proper subclass of a's that defines the reflected method itself. */
static int reflected_first(wobj a, wobj b, const char *rname) {
    if (ty(b) != T_INSTANCE) return 0;
    wobj cb = class_of(b);
    if (ty(a) == T_INSTANCE && (class_of(a) == cb || !is_subclass(cb, class_of(a)))) return 0;
    if (ty(a) != T_INSTANCE) return 0;
    return class_lookup(cb, cstr(rname)) != MISSING;
}

/* a OP b through special methods (CPython's binary_op1): the result, MISSING when neither side
 * has one (the caller raises its TypeError), or 0 after raising. */
wobj CLASS_EXPORT(class_binop)(int op, wobj a, wobj b) {
    const char *name = BIN_NAMES[op][0], *rname = BIN_NAMES[op][1];
    wobj r;
    int swapped = reflected_first(a, b, rname);
    if (swapped) {
        if (call_special(b, rname, &a, 1, &r)) { if (exc_pending() || !is_notimpl(r)) return r; }
    }
    if (ty(a) == T_INSTANCE && call_special(a, name, &b, 1, &r)) { if (exc_pending() || !is_notimpl(r)) return r; }
    if (!swapped && ty(b) == T_INSTANCE && (ty(a) != T_INSTANCE || class_of(a) != class_of(b))) {
        if (call_special(b, rname, &a, 1, &r)) { if (exc_pending() || !is_notimpl(r)) return r; }
    }
    return MISSING;
}

/* a OP= b: __iop__ first, then a OP b. */
wobj CLASS_EXPORT(class_inplace)(int op, wobj a, wobj b) {
    wobj r;
    if (ty(a) == T_INSTANCE && BIN_NAMES[op][2][0] && call_special(a, BIN_NAMES[op][2], &b, 1, &r)) {
        if (exc_pending() || !is_notimpl(r)) return r;
    }
    return class_binop(op, a, b);
}

/* Unary special methods: 0 neg, 1 pos, 2 invert, 3 abs. */
wobj CLASS_EXPORT(class_unary)(int op, wobj a) {
    static const char *const names[] = { "__neg__", "__pos__", "__invert__", "__abs__" };
    wobj r;
    if (ty(a) == T_INSTANCE && call_special(a, names[op], 0, 0, &r)) return r;
    return MISSING;
}

/* Rich comparison (CPython's do_richcompare): 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=. The result object,
 * MISSING when neither side answers (== and != then compare identity), 0 after raising. */
wobj CLASS_EXPORT(class_richcompare)(int op, wobj a, wobj b) {
    static const char *const names[] = { "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__" };
    static const int swap[] = { 0, 1, 4, 5, 2, 3 };
    wobj r;
    int checked_reverse = 0;
    if (ty(b) == T_INSTANCE && ty(a) == T_INSTANCE && class_of(a) != class_of(b) && is_subclass(class_of(b), class_of(a))
        && class_lookup(class_of(b), cstr(names[swap[op]])) != MISSING) {
        checked_reverse = 1;
        if (call_special(b, names[swap[op]], &a, 1, &r)) { if (exc_pending() || (r != MISSING && !is_notimpl(r))) return r; }
    }
    if (ty(a) == T_INSTANCE && call_special(a, names[op], &b, 1, &r)) { if (exc_pending() || (r != MISSING && !is_notimpl(r))) return r; }
    else if (ty(a) == T_INSTANCE && op == 1 && class_lookup(class_of(a), cstr("__eq__")) != MISSING) {
        /* object.__ne__: the inverse of __eq__ unless it is NotImplemented. */
        if (call_special(a, "__eq__", &b, 1, &r)) {
            if (exc_pending()) return 0;
            if (r != MISSING && !is_notimpl(r)) {
                int t = rt_obj_truthy(r);
                return exc_pending() ? 0 : rt_box_bool(!t);
            }
        }
    }
    if (!checked_reverse && ty(b) == T_INSTANCE && call_special(b, names[swap[op]], &a, 1, &r)) {
        if (exc_pending() || (r != MISSING && !is_notimpl(r))) return r;
    }
    return MISSING;
}

/* ---- iteration of instances: __iter__ and __next__ ---- */

/* The value of the last __next__ step (rt_iter_value reads it right after rt_iter_step). */
static wobj last_next = 0;

void class_mark_roots(void (*mark)(uint32_t)) {
    lookup_cache_clear(); /* a collection may free classes and strs whose addresses the cache holds */
    if (last_next & 1) mark(unbox_ptr(last_next));
    for (uint32_t i = 0; i < interned_n; i++) mark(interned_str[i]);
}

wobj CLASS_EXPORT(class_iter)(wobj v) {
    wobj r;
    if (ty(v) == T_INSTANCE && call_special(v, "__iter__", 0, 0, &r)) {
        if (exc_pending()) return 0;
        if (ty(r) == T_ITER || (ty(r) == T_INSTANCE && class_lookup(class_of(r), cstr("__next__")) != MISSING)) return r;
        raise_typed("iter() returned non-iterator of type '", r, "'");
        return 0;
    }
    if (ty(v) == T_INSTANCE && class_lookup(class_of(v), cstr("__getitem__")) != MISSING) {
        rt_unsupported("iterating an object through __getitem__");
    }
    raise_typed("'", v, "' object is not iterable");
    return 0;
}

/* One step of an instance iterator: 1 and the value kept for class_iter_value, or 0 at the end
 * (StopIteration taken) or after raising. */
uint32_t CLASS_EXPORT(class_iter_step)(wobj it) {
    wobj r;
    if (!call_special(it, "__next__", 0, 0, &r)) {
        raise_typed("'", it, "' object is not an iterator");
        return 0;
    }
    if (!exc_pending()) { last_next = r; return 1; }
    if (rt_exc_matches(rt_exc, EXC_StopIteration)) rt_exc = 0;
    return 0;
}

wobj CLASS_EXPORT(class_iter_value)(void) { return last_next; }

int class_missing(wobj v) { return v == MISSING; }

/* x in c for an instance c: __contains__, else a search through its iterator. */
uint32_t CLASS_EXPORT(class_contains)(wobj c, wobj item) {
    wobj r;
    if (call_special(c, "__contains__", &item, 1, &r)) return exc_pending() ? 0 : rt_obj_truthy(r);
    wobj it = class_iter(c);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        if (obj_same(rt_iter_value(it), item)) return 1;
        if (exc_pending()) return 0;
    }
    return 0;
}

/* c[key], c[key] = v (v given) and del c[key] through the special method `name`. */
wobj CLASS_EXPORT(class_item)(wobj c, uint32_t which, wobj key, wobj v) {
    static const char *const names[] = { "__getitem__", "__setitem__", "__delitem__" };
    const char *name = names[which];
    wobj a[2] = { key, v }, r;
    if (call_special(c, name, a, v ? 2 : 1, &r)) return r;
    const char *what = name[2] == 'g' ? "' object is not subscriptable"
                     : name[2] == 's' ? "' object does not support item assignment" : "' object does not support item deletion";
    raise_typed("'", c, what);
    return 0;
}

wint CLASS_EXPORT(class_len)(wobj v) {
    wobj r;
    if (call_special(v, "__len__", 0, 0, &r)) return exc_pending() ? 0 : class_len_result(r);
    raise_typed("object of type '", v, "' has no len()");
    return 0;
}
