# frozenset as CPython 3.11 has it: construction from any iterable, repr, len, in, iteration order,
# equality with sets, ordering by inclusion, the non-mutating methods, and the type of each result:
# an operator's or a method's result has the type of its left operand or receiver. (Sets of strs
# are printed sorted: CPython randomizes str hashes, and their order with them.)

f = frozenset([30, 10, 20, 10])
e = frozenset()
s = {20, 40}
print(f, e, len(f), len(e), 10 in f, 50 in f, 50 not in f)
print(sorted(frozenset("hello")), frozenset(range(12, 0, -3)), sorted(frozenset({"x": 1, "y": 2})), frozenset((1, 1.0, True)))
print(frozenset(x % 5 for x in range(20)), sorted(frozenset(c.upper() for c in "abca" if c != "b")), frozenset([8, 16, 8, 0]))
print(f == {10, 20, 30}, {10, 20, 30} == f, f == frozenset([20, 30, 10]), f != s, e == set(), f == [10, 20, 30])


def kind(x):
    return "frozenset" if isinstance(x, frozenset) else "set" if isinstance(x, set) else "other"


for name, r in [("f|s", f | s), ("s|f", s | f), ("f&s", f & s), ("s&f", s & f), ("f-s", f - s),
                ("s-f", s - f), ("f^s", f ^ s), ("s^f", s ^ f), ("f|f", f | f), ("f-f", f - f)]:
    print(name, r, kind(r))
for name, r in [("union", f.union([1], (2,))), ("union()", f.union()), ("intersection", f.intersection(range(25))),
                ("difference", f.difference({10}, [20])), ("symmetric_difference", f.symmetric_difference([15, 20, 25])),
                ("set.union(f)", s.union(f)), ("set.difference(f)", s.difference(f)), ("copy", f.copy())]:
    print(name, r, kind(r))
print(f.copy() is f, frozenset(f) is f, f.union() is f, f.intersection() is f, frozenset(s) == s)
print(f.issubset([10, 20, 30, 40]), f.issuperset((10,)), f.isdisjoint(s), f.isdisjoint([1, 2]), s.isdisjoint(f))
print(f <= f, f < f, f < f | {1}, f > e, e < f, f >= {10}, {10} <= f, s < f, f > s)
print(isinstance(f, frozenset), isinstance(f, set), isinstance(s, frozenset), isinstance(f, (set, frozenset)))
print(bool(e), bool(f), sorted(f, reverse=True), min(f), max(f), sum(f), list(enumerate(frozenset("a"))))
print({1} in {frozenset({1}), 2}, {frozenset([1, 2]): "one-two"}[frozenset([2, 1])])
t = {1, 2}
t |= frozenset({3})
t -= frozenset({1})
g = f
g |= s
g &= {20, 30, 40}
print(t, kind(t), g, kind(g), g is f, f)
d = {}
for word in ["stop", "pots", "tops", "opts", "post", "spot", "team", "meat", "mate", "tame"]:
    d.setdefault(frozenset(word), []).append(word)
print([(sorted(k), v) for k, v in d.items()], len(d))
print(f"{f}", str(e), repr(frozenset([frozenset([1])])), [frozenset()] * 2, (f, e))


def describe(v):
    match v:
        case frozenset() if not v:
            return "empty frozenset"
        case frozenset(items):
            return "frozenset of " + str(len(items))
        case set():
            return "set"
        case _:
            return "other"


print([describe(v) for v in [frozenset(), frozenset([1, 2]), {1}, [1], set()]])
