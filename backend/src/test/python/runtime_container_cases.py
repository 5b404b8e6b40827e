#!/usr/bin/env python3
"""Differential cases for the runtime's container, iteration and str-method functions, with CPython
computing every expectation (the companion of runtime_cases.py, same output format).

Each line is OP <TAB> ARG ... <TAB> EXPECTED. OP is `call:FUNCTION:PARAMS:RESULT[:m]` (see
RuntimeCalls.java: how each argument is passed, how the result is shown, whether the first argument
is shown after the call) or one of the iteration operations `iter*`. Every ARG is `v:` followed by
the value in prefix tokens: N T F i<dec> f<hex bits> s<hex UTF-8> L<n> U<n> D<n> S<n> Z<n> (a
frozenset, made from a set of its items added in that order). EXPECTED is
s:<hex of the reprs joined by a space> or E:<exception class>:<hex of str(exception)>, possibly
followed by |unsupported where the runtime may stop with RT_EXIT_UNSUPPORTED instead (method
attributes in str.format fields); after a math function that the runtime computes by its own
algorithm (math_cases), the results one ulp either side of CPython's are accepted too.
Arguments are rebuilt from their encoding before CPython runs the operation, so that sets have the
same insertion history on both sides.
Usage: runtime_container_cases.py [SEED] [SCALE]
"""
import math
import random
import struct
import sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rnd = random.Random(seed)
out = []


def tokens(v, acc):
    if v is None:
        acc.append("N")
    elif v is True:
        acc.append("T")
    elif v is False:
        acc.append("F")
    elif isinstance(v, int):
        acc.append("i%d" % v)
    elif isinstance(v, float):
        acc.append("f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0])
    elif isinstance(v, str):
        acc.append("s" + v.encode("utf-8", "surrogatepass").hex())
    elif isinstance(v, list):
        acc.append("L%d" % len(v))
        for x in v:
            tokens(x, acc)
    elif isinstance(v, tuple):
        acc.append("U%d" % len(v))
        for x in v:
            tokens(x, acc)
    elif isinstance(v, dict):
        acc.append("D%d" % len(v))
        for k, x in v.items():
            tokens(k, acc)
            tokens(x, acc)
    elif isinstance(v, (set, frozenset)):
        acc.append(("S%d" if isinstance(v, set) else "Z%d") % len(v))
        for x in v:
            tokens(x, acc)
    else:
        raise TypeError(type(v))
    return acc


def rebuild(v):
    """The value the runtime builds from v's encoding (sets re-added in iteration order)."""
    if isinstance(v, list):
        return [rebuild(x) for x in v]
    if isinstance(v, tuple):
        return tuple(rebuild(x) for x in v)
    if isinstance(v, dict):
        return {rebuild(k): rebuild(x) for k, x in v.items()}
    if isinstance(v, set):
        s = set()
        for x in v:
            s.add(rebuild(x))
        return s
    if isinstance(v, frozenset):
        return frozenset([rebuild(x) for x in v])  # added in that order, as the runtime's
    if isinstance(v, float):
        return struct.unpack("<d", struct.pack("<d", v))[0]  # a distinct object, as the runtime's
    return v


def emit(op, args, fn, may_stop=False):
    enc = ["v:" + " ".join(tokens(a, [])) for a in args]
    args = [rebuild(a) for a in args]
    try:
        want = "s:" + fn(*args).encode("utf-8", "surrogatepass").hex()
    except Exception as e:  # the oracle's exception is the expectation
        want = "E:%s:%s" % (type(e).__name__, str(e).encode("utf-8", "surrogatepass").hex())
    if may_stop:
        want += "|unsupported"  # RT_EXIT_UNSUPPORTED is also acceptable (no case tables)
    out.append("\t".join([op] + enc + [want]))


def call(fn, params, result, args, f, show_first=False, may_stop=False):
    """A runtime function call; f computes CPython's result from the same arguments."""
    def run(*a):
        a = list(a) + [None] * (len(params) - len(a))
        for i, p in enumerate(params):
            if p in "=@":
                a[i] = a[0]
        r = f(*a[:len(params)])
        parts = [] if result == "v" else [repr(r)]
        if show_first:
            parts.append(repr(a[0]))
        return " ".join(parts)
    op = "call:%s:%s:%s%s" % (fn, params, result, ":m" if show_first else "")
    emit(op, args, run, may_stop)


def n(k):
    return max(1, int(k * scale))


# ---- value generators ----

SCALARS = [0, 1, -1, 2, 7, 10**20, -(10**19), 1.5, -0.0, 0.0, float("inf"), float("nan"), True, False,
           None, "", "a", "ab", "é", "\u4e2d", "x y"]


def rand_scalar(hashable_order=False):
    r = rnd.random()
    if r < 0.5:
        return rnd.randint(-20, 20)
    if r < 0.6:
        return rnd.choice([1.0, 2.5, -3.0, 0.5, 1e300])
    if r < 0.65:
        return rnd.choice([True, False])
    if hashable_order:
        return rnd.randint(100, 200)
    if r < 0.7:
        return None
    return rnd.choice(["", "a", "b", "ab", "zz", "é", "\u4e2d", "\U0001f600"])


def rand_value(depth=0):
    r = rnd.random()
    if depth > 2 or r < 0.55:
        return rand_scalar()
    if r < 0.7:
        return [rand_value(depth + 1) for _ in range(rnd.randint(0, 4))]
    if r < 0.82:
        return tuple(rand_value(depth + 1) for _ in range(rnd.randint(0, 4)))
    if r < 0.92:
        return {rand_key(): rand_value(depth + 1) for _ in range(rnd.randint(0, 4))}
    return rand_set()


def rand_key():
    r = rnd.random()
    if r < 0.6:
        return rnd.randint(-10, 30)
    if r < 0.75:
        return rnd.choice(["a", "b", "k", "key", "é"])
    if r < 0.85:
        return (rnd.randint(0, 3), rnd.randint(0, 3))
    return rnd.choice([1.0, 2.5, True, False, None])


def rand_set(size=None):
    """Sets hold ints, floats, bools and tuples of ints: CPython's iteration order over them does
    not depend on the process (str and None hashes do)."""
    k = rnd.randint(0, 12) if size is None else size
    s = set()
    for _ in range(k):
        r = rnd.random()
        if r < 0.75:
            s.add(rnd.randint(-40, 60))
        elif r < 0.85:
            s.add(rnd.choice([1.0, 0.5, -2.5, 1e10]))
        else:
            s.add((rnd.randint(0, 3), rnd.randint(0, 3)))
    for _ in range(rnd.randint(0, 3)):
        s.discard(rnd.randint(-40, 60))
    return s


def rand_list(k=None):
    return [rand_value(1) for _ in range(rnd.randint(0, 6) if k is None else k)]


def rand_int_list(k=None):
    return [rnd.randint(-9, 9) for _ in range(rnd.randint(0, 8) if k is None else k)]


SLICE_BOUNDS = [None, 0, 1, 2, -1, -2, 3, 5, -7, 100, -100, True, 10**30]
SSIZE_EDGES = [-2**63, -2**63 - 1, 2**63 - 1, 2**63]
STEPS = [None, 1, 2, -1, -2, 3, -3, 0]


# ---- iteration protocol and generic operations ----

def iteration_cases():
    for v in [[1, 2, 3], (), (1, "a"), "h\u00e9\u4e2d\U0001f600", {1: 2, "a": 3}, {1, 2, 3}, set(), "",
              5, None, 1.5, True]:
        emit("iter", [v], lambda x: repr(list(x)))
    for _ in range(n(60)):
        emit("iter", [rand_value()], lambda x: repr(list(x)))

    def add_dict(d, k, v):
        seen = []
        for x in d:
            seen.append(x)
            if len(seen) == 1:
                d[k] = v
        return repr(seen)

    def del_add_dict(d, k, v):
        seen = []
        for x in d:
            seen.append(x)
            if len(seen) == 1:
                del d[x]
                d[k] = v
        return repr(seen)

    def add_set(s, k):
        seen = []
        for x in s:
            seen.append(x)
            if len(seen) == 1:
                s.add(k)
        return repr(seen)

    def append(l):
        seen = []
        for x in l:
            seen.append(x)
            if len(l) < 8:
                l.append(x)
        return repr(seen)

    for d, k in [({1: 1, 2: 2}, 1), ({1: 1, 2: 2}, 3), ({1: 1}, 9), ({}, 1), ({"a": 1, "b": 2, "c": 3}, "a")]:
        emit("iter_add_dict", [d, k, 0], add_dict)
    for d in [{1: 1, 2: 2}, {1: 1}, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}, {1: 1, 2: 2, 3: 3}]:
        for k in [1, 2, 7]:
            emit("iter_del_add_dict", [d, k, 0], del_add_dict)
    for s, k in [({1, 2}, 1), ({1, 2}, 3), ({5}, 6), (set(), 1)]:
        emit("iter_add_set", [s, k], add_set)
    for l in [[], [1], [1, 2, 3], list(range(9))]:
        emit("iter_append", [l], append)


def container_samples():
    return [[], [1, 2], (1, 2), (), "abc", "", {1: "a"}, {}, {1, 2}, set(), 3, 2.5, None, True, [1, [2]],
            ((1, 2), 3), [3, 1.5, "x"], ("a", ("b",)), {(1, 2): [3]}]


def generic_cases():
    for v in container_samples():
        call("rt_obj_len", "o", "i", [v], len)
        call("rt_obj_to_list", "o", "p", [v], list)
        call("rt_obj_to_tuple", "o", "p", [v], tuple)
        call("rt_obj_str", "o", "p", [v], str)
        call("rt_obj_repr", "o", "p", [v], repr)
        try:
            if all(not isinstance(x, (str, type(None))) for x in v):
                call("rt_obj_to_set", "o", "p", [v], set)
        except TypeError:
            call("rt_obj_to_set", "o", "p", [v], set)
    for v in [[(1, 2), (3, 4)], [[1, 2]], [(1, 2, 3)], [(1,)], {1: 2}, [], [(1, 2), (1, 3)], ["ab", "cd"],
              ["abc"], 5, [5], [{1: 2}], [{5, 6}], ((1, [2]),)]:
        call("rt_obj_to_dict", "o", "p", [v], dict)
    keys = [0, 1, -1, 2, -3, 5, True, False, "a", 1.5, None, (1, 2), 10**20, -(10**20)]
    for c in container_samples() + [{"a": 1, (1, 2): 3, 0: "z", True: "t"}]:
        for k in keys:
            call("rt_obj_getitem", "oo", "o", [c, k], lambda c, k: c[k])

    def setitem(c, k, v):
        c[k] = v
    for c in container_samples():
        for k in [0, -1, 1, 5, "a", (1, 2), True, 10**20]:
            call("rt_obj_setitem", "ooo", "v", [c, k, "new"], setitem, True)

    def delitem(c, k):
        del c[k]
    for c in container_samples() + [{"a": 1, (1, 2): 3}]:
        for k in [0, -1, 1, 5, "a", (1, 2), True, 10**20]:
            call("rt_obj_delitem", "oo", "v", [c, k], delitem, True)
    for c in [[1, 2, 3, 4, 5], (1, 2, 3, 4), "hello", {1: 2}, {1}, 5, None]:
        for _ in range(n(12)):
            a, b, s = rnd.choice(SLICE_BOUNDS), rnd.choice(SLICE_BOUNDS), rnd.choice(STEPS)
            call("rt_obj_getslice", "oooo", "o", [c, a, b, s], lambda c, a, b, s: c[a:b:s])
        call("rt_obj_getslice", "oooo", "o", [c, "a", None, None], lambda c, a, b, s: c[a:b:s])


def compare_cases():
    vals = [[], [1], [1, 2], [1, 3], [2], [1, [2]], [1, [3]], (), (1,), (1, 2), (1, 3), (2,), (1, "a"),
            (1, 2.0), {1}, {1, 2}, {2, 3}, set(), {1: 2}, {1: 3}, {}, "a", 1, None,
            [1, None], [1, "a"], ({1},), ({1, 2},), [{1: 2}]]
    # No NaN inside: two boxes of NaN where CPython compares identity first stop the program
    # (RuntimeProtocolTest); the same box is checked below.
    ops = [("rt_obj_eq", lambda a, b: a == b), ("rt_obj_lt", lambda a, b: a < b),
           ("rt_obj_le", lambda a, b: a <= b), ("rt_obj_gt", lambda a, b: a > b),
           ("rt_obj_ge", lambda a, b: a >= b)]
    for a in vals:
        for b in rnd.sample(vals, 12) + [a]:
            for fn, f in ops:
                call(fn, "oo", "b", [a, b], f)
    nan = float("nan")
    same = [nan]
    emit("call:rt_obj_eq:o=:b", [same], lambda l: repr(l == l))
    for _ in range(n(150)):
        a, b = rand_value(), rand_value()
        fn, f = rnd.choice(ops)
        call(fn, "oo", "b", [a, b], f)


def arith_cases():
    vals = [(1, 2), (), ("a",), [1], [], {1, 2}, {2, 3}, set(), {1: 2}, {3: 4, 1: 5}, 2, 0, -1, True, 1.5,
            "ab", None]
    ops = [("rt_obj_add", lambda a, b: a + b), ("rt_obj_mul", lambda a, b: a * b),
           ("rt_obj_sub", lambda a, b: a - b), ("rt_obj_and", lambda a, b: a & b),
           ("rt_obj_or", lambda a, b: a | b), ("rt_obj_xor", lambda a, b: a ^ b)]
    for a in vals:
        for b in vals:
            for fn, f in ops:
                call(fn, "oo", "o", [a, b], f)
    for _ in range(n(100)):
        a, b = rand_set(), rand_set()
        for fn, f in ops[2:]:
            call(fn, "oo", "o", [a, b], f)


def hash_cases():
    # str hashes differ from CPython's (randomized there): what must hold is that equal keys built
    # separately find each other.
    d = {("a", "b"): 1, ("a", 1): 2, (("x",), 2.5): 3, "abc": 4, ("abc",): 5, ((1, "a"), ("a", 1)): 6}
    for k in list(d) + [("a", "c"), ("abc", "")]:
        call("rt_obj_getitem", "oo", "o", [d, k], lambda c, k: c[k])
        call("rt_obj_contains", "oo", "b", [set(d.values()), 4], lambda c, k: k in c)
    for v in [[1], {1: 2}, {1}, ([1],), (1, {2})]:
        call("rt_obj_hash", "o", "i", [v], hash)


def list_cases():
    def setslice(l, a, b, s, v):
        l[a:b:s] = v

    def delslice(l, a, b, s):
        del l[a:b:s]

    def delitem(l, i):
        del l[i]
    for _ in range(n(150)):
        l = rand_int_list()
        a, b, s = rnd.choice(SLICE_BOUNDS), rnd.choice(SLICE_BOUNDS), rnd.choice(STEPS + [None, None, None])
        v = rnd.choice([rand_int_list(), (1, 2), "xy", {7: 8}, {9}, 5, []])
        call("rt_list_setslice", "poooo", "v", [l, a, b, s, v], setslice, True)
        call("rt_list_delslice", "pooo", "v", [l, a, b, s], delslice, True)
    for l in [[1, 2, 3, 4], [], [5]]:
        for a, b in [(1, 3), (0, None), (None, None), (2, 1), (-1, None)]:
            call("rt_list_setslice", "pooo=", "v", [l, a, b, None], setslice, True)
    def setitem(l, i):
        l[i] = 0

    def repeat_in_place(l, k):
        l *= k
    for l in [[1, 2, 3], [], [[1], "a"]]:
        for i in [0, -1, 2, 3, -4, 10**20, True] + SSIZE_EDGES:
            call("rt_list_delitem", "pi", "v", [l, i], delitem, True)
        for i in SSIZE_EDGES:  # Py_ssize_t is [-2**63, 2**63 - 1]: only past it is an overflow
            call("rt_list_insert", "pio", "v", [l, i, 9], lambda l, i, v: l.insert(i, v), True)
            call("rt_list_pop", "pi", "o", [l, i], lambda l, i: l.pop(i), True)
            call("rt_list_get", "pi", "o", [l, i], lambda l, i: l[i])
            call("rt_list_set", "pio", "v", [l, i, 0], lambda l, i, v: setitem(l, i), True)
            call("rt_list_repeat", "pi", "p", [l, i], lambda l, k: l * k)
            call("rt_list_inplace_repeat", "pi", "v", [l, i], repeat_in_place, True)
        for v in [1, 3, "a", [1], 1.0, True, None]:
            call("rt_list_remove", "po", "v", [l, v], lambda l, v: l.remove(v), True)
        call("rt_list_clear", "p", "v", [l], lambda l: l.clear(), True)
        call("rt_list_copy", "p", "p", [l], lambda l: l.copy())
        for it in [[1, 2], (3,), "ab", {1: 2, 3: 4}, {5, 6}, 7, None]:
            call("rt_list_extend_iter", "po", "v", [l, it], lambda l, it: l.extend(it), True)
        call("rt_list_extend_iter", "p=", "v", [l], lambda l, it: l.extend(it), True)
    emit("call:rt_list_empty::p", [], lambda: repr([]))

    def sort_keyed(l, keys, rev):
        pairs = dict(zip(map(id, l), keys))
        l.sort(key=lambda x: pairs[id(x)], reverse=rev)
    for _ in range(n(200)):
        k = rnd.randint(0, 400 if rnd.random() < 0.3 else 12)
        spread = rnd.choice([5, 50, 1000])
        l = [rnd.randint(0, spread) for _ in range(k)]
        if rnd.random() < 0.3:  # long ascending and descending stretches: runs and galloping
            l = sorted(l[:k // 2]) + sorted(l[k // 2:], reverse=True)
        l = [float(x) if rnd.random() < 0.3 else x for x in l]
        l = [(x, i) for i, x in enumerate(l)]  # distinct items: the sort's stability shows
        keys = [x[0] if rnd.random() < 0.995 else rnd.choice(["s", None, [1], float("nan")]) for x in l]
        if rnd.random() < 0.3:
            keys = [(x % 3, str(x)) if isinstance(x, int) else x for x in keys]
        call("rt_list_sort_keyed", "ppu", "v", [l, keys, rnd.random() < 0.5], sort_keyed, True)
    for _ in range(n(30)):  # sets as keys: only a partial order, so the algorithm shows
        l = [rand_set(rnd.randint(0, 3)) for _ in range(rnd.randint(60, 140))]
        call("rt_list_sort", "pu", "v", [l, rnd.random() < 0.5], lambda l, r: l.sort(reverse=r), True)
    for _ in range(n(80)):
        l = [rnd.choice([rnd.randint(0, 9), rnd.random(), True, "a", None, (1,), [2]]) for _ in range(rnd.randint(0, 8))]
        call("rt_list_sort", "pu", "v", [l, rnd.random() < 0.5], lambda l, r: l.sort(reverse=r), True)


def tuple_cases():
    ts = [(), (1,), (1, 2, 3), ("a", [1], 2.5), (1, 1, True, 1.0)]
    for t in ts:
        for i in [0, -1, 1, 3, -4, 10**20, -(10**20)] + SSIZE_EDGES:
            call("rt_tuple_getitem", "pi", "o", [t, i], lambda t, i: t[i])
        for u in ts[:3]:
            call("rt_tuple_concat", "pp", "p", [t, u], lambda t, u: t + u)
        for k in [0, 1, 3, -2, 10**20, -2**63, -2**63 - 1]:
            call("rt_tuple_repeat", "pi", "p", [t, k], lambda t, k: t * k)
        for v in [1, "a", [1], 2.5, 9, True]:
            call("rt_tuple_contains", "po", "b", [t, v], lambda t, v: v in t)
            call("rt_tuple_index", "po", "i", [t, v], lambda t, v: t.index(v))
            call("rt_tuple_count", "po", "i", [t, v], lambda t, v: t.count(v))
        for _ in range(n(10)):
            a, b, s = rnd.choice(SLICE_BOUNDS), rnd.choice(SLICE_BOUNDS), rnd.choice(STEPS)
            call("rt_tuple_slice", "pooo", "p", [t, a, b, s], lambda t, a, b, s: t[a:b:s])


def dict_cases():
    ds = [{}, {1: "a"}, {1: "a", "b": 2, (1, 2): [3]}, {True: 1, 2.5: None}]
    for d in ds:
        for k in [1, "b", (1, 2), 2.5, 7, [1], 1.0]:
            call("rt_dict_pop", "po", "o", [d, k], lambda d, k: d.pop(k), True)
            call("rt_dict_pop_default", "poo", "o", [d, k, "dflt"], lambda d, k, x: d.pop(k, x), True)
            call("rt_dict_setdefault", "poo", "o", [d, k, "dflt"], lambda d, k, x: d.setdefault(k, x), True)
        call("rt_dict_copy", "p", "p", [d], lambda d: d.copy())
        call("rt_dict_clear", "p", "v", [d], lambda d: d.clear(), True)
        call("rt_dict_popitem", "p", "p", [d], lambda d: d.popitem(), True)
        for o in [{1: "z", 9: 9}, [(5, 6)], [[7, 8], "ab"], [(1, 2, 3)], [1], 5, {3, 4}, [{1: 2, 3: 4}], [[[1], 2]],
                  [("k", "v"), ("k", "w")]]:
            call("rt_dict_update", "po", "v", [d, o], lambda d, o: d.update(o), True)
        call("rt_dict_update", "p=", "v", [d], lambda d, o: d.update(o), True)

    def popitem_insert(d, k):
        d.popitem()
        d[k] = 0
        return repr(list(d.items()))
    for d in [{1: 1, 2: 2, 3: 3}, {1: 1}, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}]:
        for k in [1, 3, 9]:
            emit("popitem_insert", [d, k], popitem_insert)


def set_cases():
    binary = [("rt_set_union", lambda a, b: a | b), ("rt_set_intersection", lambda a, b: a & b),
              ("rt_set_difference", lambda a, b: a - b), ("rt_set_symmetric_difference", lambda a, b: a ^ b),
              ("rt_set_issubset", lambda a, b: a <= b), ("rt_set_issuperset", lambda a, b: a >= b),
              ("rt_set_isdisjoint", lambda a, b: a.isdisjoint(b))]
    updates = [("rt_set_intersection_update", lambda a, b: a.intersection_update(b)),
               ("rt_set_difference_update", lambda a, b: a.difference_update(b)),
               ("rt_set_symmetric_difference_update", lambda a, b: a.symmetric_difference_update(b))]
    for _ in range(n(120)):
        a = rand_set(rnd.choice([None, None, rnd.randint(0, 60)]))
        b = rand_set(rnd.choice([None, None, rnd.randint(0, 60)]))
        if rnd.random() < 0.3:
            b = set(rnd.sample(sorted(a, key=repr), len(a) // 2)) | rand_set(2)
        for fn, f in binary:
            call(fn, "pp", "b" if "is" in fn else "p", [a, b], f)
        for fn, f in updates:
            call(fn, "pp", "v", [a, b], f, True)
        call("rt_set_update", "po", "v", [a, b], lambda a, b: a.update(b), True)
        call("rt_set_copy", "p", "p", [a], lambda a: a.copy())
    for a in [{1, 2, 3}, set(), {5}, {5, 13, 21, 29, 37}, {8, 0, 16, 24, 1}]:
        for fn, f in binary:
            emit("call:%s:p@:%s" % (fn, "b" if "is" in fn else "p"), [a], lambda x, f=f: repr(f(x, x)))
        for fn, f in updates:
            emit("call:%s:p@:v:m" % fn, [a], lambda x, f=f: (f(x, x), repr(x))[1])
        for it in [[1, 9], (4,), {1: 2, 7: 8}, "", 5, [[1]]]:
            call("rt_set_update", "po", "v", [a, it], lambda a, b: a.update(b), True)
        call("rt_set_clear", "p", "v", [a], lambda a: a.clear(), True)

    def display(items):
        return repr(eval("{" + ", ".join(map(repr, items)) + ",}"))
    for items in [(3, 1, 2), (10, 20, 30, 40, 50), (100, 5, 37, 8), (-1, -2, 0, 1, 2), (2**61 - 1, 2**61, 1, 0),
                  (8, 16, 24, 0, 32, 40, 48, 56, 64), (1.5, 2, (1, 2), 9, 17), tuple(range(0, 300, 7)), (1, 1, 2, 1)]:
        emit("call:rt_set_from_constants:p:p", [items], display)

    def pops(s, k):
        got = [s.pop() for _ in range(k)]
        s.add(k)
        got.append(s.pop())
        return repr(got) + " " + repr(s)
    for _ in range(n(40)):
        s = rand_set(rnd.randint(0, 20))
        k = rnd.randint(0, len(s))
        emit("set_pops", [s, k], pops)


STRS = ["", "a", "abc", "Hello World", "hello world", "HELLO", "  padded  ", "a,b,,c", "x--y--z", "ab\ncd\r\nef\rg",
        "line\x0bv\x0cf\x1cs\x1d\x1e\x85n\u2028l\u2029p\n", "\u00df\u00b5\u00ff\u00aa\u00ba", "\u00c0\u00e9\u00d7\u00f7",
        "123", "\u00b2\u00b3\u00b9", "\u00bc\u00bd", "\u0663\u0664", "\u4e2d\u6587", "\u4e2da", "A\u4e2d", "\U0001f600x",
        "-42", "+7", "x1 y2", "1a", "a1b2", "They're bill's friends.", "\t\n \u3000", "\u2167", "\u0391\u03b1",
        "ab\u0391", "\u0391ab", "aBc\u0101", "\u0101AB", "mixed Case words_here", "o'neil mc-donald", "\u00dfen",
        "\u03a9\u03bc\u03ad\u03b3\u03b1", "\u03a3\u039f\u03a3", "\u039f\u03a3.", "\u03a3", "A\u03a3'\u0301b", "\u03b1\u03a3 \u03a3\u03b1",
        "\u043f\u0440\u0438\u0432\u0435\u0442", "\u041f\u0420\u0418", "\u01c5\u01c6\u01c4", "\ufb01n\ufb03", "\u0130i\u0131I",
        "\u0149n", "\u1e9e\u00df", "\u2160\u2170", "\u24b6\u24d0", "\U00010400\U00010428", "\u1f80\u1f88", "\u0390\u03b0",
        "\u2460\u00bd\u0669", "\u02b0a\u02b0", "a\u0345b"]


def rand_text():
    alphabet = "aAbB xyz,.-'\t\n01\u00e9\u00c9\u00df\u4e2d\u03a3\u03c3\u0391\u0430\u0416\u01c5\ufb01\u0301"
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))


def str_cases():
    texts = STRS + [rand_text() for _ in range(n(40))]
    preds = ["isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal", "isnumeric",
             "isascii", "istitle"]
    maps = ["title", "capitalize", "swapcase", "upper", "lower"]
    for t in texts:
        for p in preds:
            call("rt_str_" + p, "p", "b", [t], getattr(str, p))
        for m in maps:
            call("rt_str_" + m, "p", "p", [t], getattr(str, m))
        for keep in [False, True]:
            call("rt_str_splitlines", "pu", "p", [t, keep], lambda s, k: s.splitlines(k))
        for chars in [None, " ", "ab", "", "\u4e2da", 5]:
            call("rt_str_strip", "po", "p", [t, chars], lambda s, c: s.strip(c))
            call("rt_str_lstrip", "po", "p", [t, chars], lambda s, c: s.lstrip(c))
            call("rt_str_rstrip", "po", "p", [t, chars], lambda s, c: s.rstrip(c))
        for sep in [None, ",", "--", " ", "", "\n", 3]:
            for m in [-1, 0, 1, 2, 10**20]:
                call("rt_str_rsplit", "poi", "p", [t, sep, m], lambda s, p, k: s.rsplit(p, k))
        for w in [-1, 0, 3, 8, 11, -2**63, -2**63 - 1]:
            call("rt_str_zfill", "pi", "p", [t, w], lambda s, k: s.zfill(k))
    # Repetition: CPython refuses a length past Py_ssize_t (OverflowError) before allocating; the
    # lengths below it here are beyond any memory (MemoryError on both sides).
    for t in ["ab", "a", "abc", "", "\u4e2d"]:
        for k in [0, 3, -2, 2**62, 2**63 // 3, 2**63 // 3 + 1] + SSIZE_EDGES:
            call("rt_str_repeat", "pi", "p", [t, k], lambda s, k: s * k)
            for fill in [" ", "*", "\u4e2d", "", "ab"]:
                call("rt_str_ljust", "pip", "p", [t, w, fill], lambda s, k, f: s.ljust(k, f))
                call("rt_str_rjust", "pip", "p", [t, w, fill], lambda s, k, f: s.rjust(k, f))
                call("rt_str_center", "pip", "p", [t, w, fill], lambda s, k, f: s.center(k, f))
        for sep in [",", "--", " ", "", "l", "zz"]:
            call("rt_str_partition", "pp", "p", [t, sep], lambda s, p: s.partition(p))
            call("rt_str_rpartition", "pp", "p", [t, sep], lambda s, p: s.rpartition(p))
        for sub in ["", "a", "l", "o w", "zz", "--", "\u4e2d"]:
            for _ in range(3):
                a, b = rnd.choice(SLICE_BOUNDS + [1.5]), rnd.choice(SLICE_BOUNDS)
                for fn, f in [("find", str.find), ("rfind", str.rfind), ("index", str.index),
                              ("rindex", str.rindex), ("count", str.count)]:
                    call("rt_str_%s_in" % fn, "ppoo", "i", [t, sub, a, b], f)
        for pre in [("a",), ("x", "He"), (), ("",), ("zz", 5), (5, "a"), ("abc", "c")]:
            call("rt_str_startswith_tuple", "pp", "b", [t, pre], str.startswith)
            call("rt_str_endswith_tuple", "pp", "b", [t, pre], str.endswith)
        for affix in ["", "a", "l", "lo", "o w", ("", "zz"), ("x", "l"), (), ("a", 5), 5]:
            for _ in range(4):
                a, b = rnd.choice(SLICE_BOUNDS + [-2**63, 1.5]), rnd.choice(SLICE_BOUNDS + [-2**63])
                call("rt_str_startswith_in", "pooo", "b", [t, affix, a, b], str.startswith)
                call("rt_str_endswith_in", "pooo", "b", [t, affix, a, b], str.endswith)
    for sep, items in [(",", ["a", "b"]), ("", []), ("-", ["x"]), (", ", ["a", 1]), ("\u4e2d", ["a", "b", "c"]),
                       (",", [None]), (",", ["a", "b", ["c"]])]:
        call("rt_str_join_list", "pp", "p", [sep, items], lambda s, l: s.join(l))
    for v in [0, 1, -1, 31, -31, 255, 2**64, -(2**70) - 5, True]:
        for fn in ["hex", "oct", "bin"]:
            call("rt_int_" + fn, "i", "p", [v], eval(fn))


def format_cases():
    fmts = ["{}", "{} {}", "{0}{1}{0}", "{1}", "{a}", "{a}{0}", "{}{0}", "{0}{}", "{{}}", "}", "{", "x}y", "x{y",
            "{0[0]}", "{0[1]}", "{0[a]}", "{0[0][1]}", "{k[0]}", "{0!r}", "{0!s}", "{0!a}", "{0!x}", "{0!}", "{!r",
            "{0!rx}", "{0[}", "{a{}}", "{0[]}", "{0]}", "{0[0]x}", "{:{}}", "{0:{1}}", "{:{:{}}}", "{:>8}", "{:^9}|",
            "{0:*<6}", "{:d}", "{:.2f}", "{0:x}", "{:,}", "{0.real}", "{0..}", "{99999999999999999999}", "{\u0661}",
            "{0!\u00e9}", "{!\x01}", "{:{}}{}", "{a}{b}", "{0:}", "{0!r:>10}", "{ }", "{0[-1]}", "{0:{a}}", "{0.imag}{0.numerator}{0.denominator}",
            "{1.real:>6}", "{0.x}", "{0.upper}", "{0.__class__}", "{0.real.imag}", "{0[0].real}", "{a.imag}",
            "plain", "", "{{{0}}}", "}}{{", "{0}}", "{:%}", "{:s}", "{0:{1}.{2}f}"]
    arg_sets = [((), {}), ((1,), {}), ((1, 2), {}), (("x", 5), {"a": 7}), (([1, "é"], {"a": (2, 3)}), {"k": "kw"}),
                ((3.14159, 10, 3), {"a": 5, "b": "\u4e2d"}), (("\u00e9\U0001f600",), {}), ((None, True), {})]
    for f in fmts:
        for args, kwargs in arg_sets:
            # Method and dunder attributes ({0.upper}) are refused with RT_EXIT_UNSUPPORTED.
            emit("call:rt_str_format_method:ppz:p", [f, args, kwargs if kwargs else None],
                 lambda f, a, k: repr(f.format(*a, **(k or {}))), may_stop=".upper" in f or ".__" in f)


def method_cases():
    """The methods with an entry of their own (rt_method_NAME(self, args), methodentries.c):
    results, and the errors for wrong counts and types."""
    shown = {"fromhex": "f", "conjugate": "o", "isprintable": "b", "isdecimal": "b", "isnumeric": "b", "isascii": "b", "istitle": "b",
             "isidentifier": "b"}

    def entry(name, v, args):
        call("rt_method_" + name, "op", shown.get(name, "p"), [v, args], lambda v, a: getattr(v, name)(*a))
    texts = ["", "a\tbc\td", "x\r\ty\n\tz", "Straße ﬁ µ Σ", "ꭰ\u0130", "\x07\u200b", "\u0661\u00bd Ab Cd", "line\r\nnext\x1c\u2028end\n"]
    tables = [{}, {97: "AA", 98: None, 116: 84, 0xdf: True}, {97: 1.5}, {97: 0x110000}, {97: -1}, {97: 2**70}, {97: -2**70},
              ["x", None, "y"], "XYZ" * 40, 5, (None,) * 120, {"a": 1}]
    for t in texts:
        for name in ["casefold", "isprintable", "isdecimal", "isnumeric", "isascii", "istitle", "isidentifier", "expandtabs",
                     "splitlines"]:
            entry(name, t, ())
        for arg in [0, 1, 3, -2, True, 1.5, "x", 2**31, -2**31 - 1, None]:
            entry("expandtabs", t, (arg,))
            entry("splitlines", t, (arg,))
        for table in tables:
            entry("translate", t, (table,))
    bad_counts = [("casefold", (1,)), ("istitle", (1, 2)), ("expandtabs", (1, 2)), ("splitlines", (1, 2)), ("translate", ()),
                  ("translate", ({}, {})), ("maketrans", ()), ("maketrans", ("a", "b", "c", "d"))]
    for name, args in bad_counts:
        entry(name, "abc", args)
    for args in [({},), ({"a": 1, 98: "x", True: None},), ({"ab": 1},), ({1.5: 1},), (5,), ("abc", "xyz"), ("abc", "xy"),
                 ("ab", "cd", "ef"), (1, "a"), ("a", 1), ("a", "b", 1), ("\u00e9", "\U0001f600", "")]:
        entry("maketrans", "", args)
    for fmt in ["{a}-{b!r}", "{a[0]}", "{}", "{0}", "{a:>5}", "plain", "{c}", "{{x}}"]:
        for mapping in [{"a": 1, "b": "x"}, {"a": [7], "b": None}, {}, [1, 2], "abc", 5]:
            entry("format_map", fmt, (mapping,))
    entry("format_map", "x", ())
    entry("format_map", "x", ({}, {}))
    for h in ["0x1.8p1", "1.8p1", "-0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023",
              "0x1.fffffffffffff7ffp1023", "0x1p1024", " 0x10.4 ", "ff", "0x.8", "0x8.", ".", "0x", "0", "-0", "inf", "-Infinity",
              "nan", "+nan", "1p", "0x1p+9999999999999", "0x1p-9999999999999", "0x0p99999", "1_0", "0x1.8p1x", "\u00e9",
              "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0", "0x123456789abcdef0123p-20", 5]:
        entry("fromhex", 0.0, (h,))
    entry("fromhex", 0.0, ())
    for args in [([1, 2, 1],), ("ab", 0), ([[1]],), (5,), (), ({1: 2, 3: 4}, None), ({5, 6}, "v"), ((1, 2), 3, 4)]:
        entry("fromkeys", {}, args)
    for t in ["_", "a1", "1a", "", "x y", "\u00e9t\u00e9", "\u2118x", "x\u00b7", "\u00b7x", "\U0001d400b", "a\u200db", "\u0660",
              "a\u0660", "class", "\uff3f", "\u212e", "\u309b", "\U000e0100", "a\U000e0100"]:
        entry("isidentifier", t, ())
    for v in [0, 7, -12, 2**80, True, False, 0.0, -0.0, 2.5, -0.1, 1e300, 5e-324, 1e308, 2.0**-1022, float("inf"),
              float("-inf"), float("nan"), 123456.789]:
        for name in ["conjugate", "as_integer_ratio"] + (["hex"] if isinstance(v, float) else []):
            entry(name, v, ())
            entry(name, v, (1,))


def frozenset_cases():
    """Frozensets against sets and frozensets: the operators (the result has the left operand's
    type, and CPython's order), comparisons, hash (CPython's frozenset_hash exactly), repr, the
    methods called by name, a set looked up as a frozenset."""
    ops = [("rt_obj_or", lambda a, b: a | b), ("rt_obj_and", lambda a, b: a & b), ("rt_obj_sub", lambda a, b: a - b),
           ("rt_obj_xor", lambda a, b: a ^ b), ("rt_obj_eq", lambda a, b: a == b), ("rt_obj_lt", lambda a, b: a < b),
           ("rt_obj_le", lambda a, b: a <= b), ("rt_obj_ge", lambda a, b: a >= b), ("rt_obj_ior", lambda a, b: a.__ior__(b)
           if isinstance(a, set) else a | b)]
    for _ in range(n(80)):
        a = rand_set(rnd.choice([None, None, rnd.randint(0, 40)]))
        b = rand_set(rnd.choice([None, None, rnd.randint(0, 40)]))
        if rnd.random() < 0.3:
            b = set(rnd.sample(sorted(a, key=repr), len(a) // 2)) | rand_set(2)
        fa, fb = frozenset(a), frozenset(b)
        for x, y in [(fa, b), (a, fb), (fa, fb), (fa, fa)]:
            for fn, f in ops:
                call(fn, "oo", "b" if fn.endswith(("eq", "lt", "le", "ge")) else "o", [x, y], f)
        call("rt_obj_hash", "o", "i", [fa], hash)
        call("rt_obj_hash", "o", "i", [frozenset([fa, frozenset(b), 1])], hash)
        call("rt_obj_repr", "o", "p", [fa], repr)
        call("rt_obj_to_frozenset", "o", "o", [sorted(a, key=repr) + list(b)], frozenset)
        call("rt_obj_to_frozenset", "o", "o", [b], frozenset)
        for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                     "intersection_update"]:
            for args in [(b,), (list(b),), (b, a), ()]:
                call("rt_obj_call_method", "opp", "o", [fa, name, args], lambda s, m, a: getattr(s, m)(*a))
        call("rt_obj_contains", "oo", "b", [{fa, 5}, a], lambda c, k: k in c)
        call("rt_obj_copy", "o", "o", [fa], lambda s: s.copy())
        call("rt_obj_isdisjoint", "oo", "b", [fa, b], lambda s, o: s.isdisjoint(o))
    for v in [frozenset(), frozenset([()]), frozenset([0]), frozenset([-1]), frozenset([frozenset()]), frozenset(range(100))]:
        call("rt_obj_hash", "o", "i", [v], hash)
        call("rt_obj_repr", "o", "p", [v], repr)
    for v in [[1], 5, [[2]], (2, 1), {1: 2}]:
        call("rt_obj_to_frozenset", "o", "o", [v], frozenset)


def attribute_cases():
    """x.real, x.imag, x.numerator, x.denominator (rt_obj_getattr): ints, bools, floats, and the
    AttributeError of other values."""
    for v in [0, 7, -12, 2**80, -2**70, True, False, 0.0, -0.0, 2.5, float("inf"), float("nan"), "s", None, [1], (2,), {3}]:
        for name in ["real", "imag", "numerator", "denominator"]:
            call("rt_obj_getattr", "op", "o", [v, name], getattr)


def math_value():
    r = rnd.random()
    if r < 0.1:
        return rnd.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float("inf"), float("-inf"), float("nan"), 5e-324, 1e308])
    if r < 0.2:
        return rnd.choice([0, 1, -1, 3, 10**20, -(10**30), 10**400, True, False])
    return rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-12, 3)


def math_call(name, params, result, args, within_ulp=False):
    """rt_math_NAME against math.NAME; within_ulp accepts a neighbour of CPython's float as well."""
    fn = "rt_math_" + name
    f = getattr(math, name)
    if params == "p":  # the runtime takes a *args parameter as one tuple
        f = lambda t, g=f: g(*t)
    elif name == "log":  # base None: the one-argument log
        f = lambda x, base: math.log(x) if base is None else math.log(x, base)
    elif name == "isclose":  # the tolerances are keyword-only
        f = lambda a, b, rel, tol: math.isclose(a, b, rel_tol=rel, abs_tol=tol)
    elif name == "prod":
        f = lambda it, start: math.prod(it, start=start)
    op = "call:%s:%s:%s" % (fn, params, result)
    if not within_ulp:
        emit(op, args, lambda *a: repr(f(*a)))
        return
    before = len(out)
    emit(op, args, lambda *a: repr(f(*a)))
    try:
        r = f(*[rebuild(a) for a in args])
    except Exception:
        return
    if isinstance(r, float) and math.isfinite(r):
        near = [math.nextafter(r, math.inf), math.nextafter(r, -math.inf)]
        out[before] += "".join("|s:" + repr(x).encode().hex() for x in near)


def math_cases():
    """The math module's functions (math.c, mathfn.c, libm.c, mathint.c): values, special values, errors."""
    for _ in range(n(150)):
        x = math_value()
        for name in ["sqrt", "fabs", "degrees", "radians", "isfinite", "isinf", "isnan", "floor", "ceil", "trunc"]:
            math_call(name, "o", "b" if name.startswith("is") else "i" if name in ("floor", "ceil", "trunc") else "f", [x])
        for name in ["exp", "exp2", "expm1", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
                     "sinh", "cosh", "tanh"]:
            math_call(name, "o", "f", [x], within_ulp=True)
        math_call("log", "oo", "f", [x, None], within_ulp=True)
        y = math_value()
        math_call("ulp", "o", "f", [x])
        for name in ["copysign", "fmod", "nextafter", "remainder"]:
            math_call(name, "oo", "f", [x, y])
        for name in ["atan2", "pow"]:
            math_call(name, "oo", "f", [x, y], within_ulp=True)
        math_call("log", "oo", "f", [x, y], within_ulp=True)
        math_call("hypot", "p", "f", [tuple(math_value() for _ in range(rnd.randint(0, 4)))], within_ulp=True)
        math_call("ldexp", "oo", "f", [x, rnd.choice([0, 1, -1, 52, -1074, 1023, -1080, 2000, True, 2.0])])
        math_call("modf", "o", "o", [x])
        math_call("frexp", "o", "o", [x])
        math_call("isclose", "oooo", "b", [x, y, 1e-9, 0.0])
    for v in ["1", None, [1.0], 2.5, -3, 10**25, 0, 20, 100]:
        for name in ["factorial", "isqrt", "floor", "ceil", "trunc", "sqrt", "exp"]:
            math_call(name, "o", "i" if name not in ("sqrt", "exp") else "f", [v])
    for _ in range(n(200)):
        a, b = rnd.randint(-50, 300), rnd.randint(-5, 60)
        math_call("comb", "oo", "i", [a, b])
        math_call("perm", "oo", "i", [a, rnd.choice([b, None])])
        ints = tuple(rnd.choice([0, rnd.randint(-10**6, 10**6), rnd.randint(0, 2**90)]) for _ in range(rnd.randint(0, 4)))
        math_call("gcd", "p", "i", [ints])
        math_call("lcm", "p", "i", [ints])
        math_call("isqrt", "o", "i", [rnd.randint(0, 10 ** rnd.randint(1, 60))])
        xs = [rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-20, 20) for _ in range(rnd.randint(0, 12))]
        math_call("fsum", "o", "f", [rnd.choice([xs, xs + [1e308, 1e308], xs + [math.inf], [math.inf, -math.inf], [1, "a"]])])
        math_call("prod", "oo", "o", [xs[:4] + [rnd.randint(-5, 5)], rnd.choice([1, 2.5])])
        math_call("dist", "oo", "f", [tuple(xs[:3]), tuple(xs[3:6])], within_ulp=True)


iteration_cases()
generic_cases()
list_cases()
tuple_cases()
dict_cases()
set_cases()
compare_cases()
arith_cases()
hash_cases()
str_cases()
format_cases()
method_cases()
frozenset_cases()
attribute_cases()


math_cases()

sys.stdout.write("".join(line + "\n" for line in out))
