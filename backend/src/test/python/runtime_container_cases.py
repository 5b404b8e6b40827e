#!/usr/bin/env python3
"""Differential cases for the runtime's container, iteration and str-method functions, with CPython
computing every expectation (the companion of runtime_cases.py, same output format).

Each line is OP <TAB> ARG ... <TAB> EXPECTED. OP is `call:FUNCTION:PARAMS:RESULT[:m]` (see
RuntimeCalls.java: how each argument is passed, how the result is shown, whether the first argument
is shown after the call) or one of the iteration operations `iter*`. Every ARG is `v:` followed by
the value in prefix tokens: N T F i<dec> f<hex bits> s<hex UTF-8> L<n> U<n> D<n> S<n>. EXPECTED is
s:<hex of the reprs joined by a space> or E:<exception class>:<hex of str(exception)>.
Arguments are rebuilt from their encoding before CPython runs the operation, so that sets have the
same insertion history on both sides.
Usage: runtime_container_cases.py [SEED] [SCALE]
"""
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
    elif isinstance(v, set):
        acc.append("S%d" % len(v))
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
    if isinstance(v, float):
        return struct.unpack("<d", struct.pack("<d", v))[0]  # a distinct object, as the runtime's
    return v


def emit(op, args, fn):
    enc = ["v:" + " ".join(tokens(a, [])) for a in args]
    args = [rebuild(a) for a in args]
    try:
        want = "s:" + fn(*args).encode("utf-8", "surrogatepass").hex()
    except Exception as e:  # the oracle's exception is the expectation
        want = "E:%s:%s" % (type(e).__name__, str(e).encode("utf-8", "surrogatepass").hex())
    out.append("\t".join([op] + enc + [want]))


def call(fn, params, result, args, f, show_first=False):
    """A runtime function call; f computes CPython's result from the same arguments."""
    def run(*a):
        a = list(a)
        for i, p in enumerate(params):
            if p == "=":
                a[i] = a[0]
        r = f(*a[:len(params)])
        parts = [] if result == "v" else [repr(r)]
        if show_first:
            parts.append(repr(a[0]))
        return " ".join(parts)
    op = "call:%s:%s:%s%s" % (fn, params, result, ":m" if show_first else "")
    emit(op, args, run)


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
            (1, 2.0), {1}, {1, 2}, {2, 3}, set(), {1: 2}, {1: 3}, {}, "a", 1, None, [float("nan")],
            (float("nan"),), [1, None], [1, "a"], ({1},), ({1, 2},), [{1: 2}]]
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


iteration_cases()
generic_cases()
compare_cases()
arith_cases()
hash_cases()

sys.stdout.write("".join(line + "\n" for line in out))
