# sum() with a start value (positional or start=), evaluated after the iterable as CPython's
# arguments are, and its TypeError for a str start; the numeric attributes real, imag, numerator
# and denominator of ints, bools and floats, and the AttributeError of values without them.


def log(tag, v):
    print("eval", tag)
    return v


rows = [[3, 1], [4, 1, 5], [9, 2, 6]]
print(sum(rows, []), sum((r for r in rows if len(r) > 2), start=[0]), sum([], start=[]))
print(sum([0.1] * 10, 1), sum(range(5), 10), sum([1.5, 2, True], start=-1), sum((), ()), sum([(1,), (2, 3)], ()))
print(sum((x * x for x in range(4)), log("start", 100)))
print(sum(log("iterable", [1, 2]), log("start", 3)))
print(sum([2**62, 2**62], -2**63), sum([], 2.5), sum([[1]], start=[]) is not None, sum(iter([1, 2]), 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum((log("item", c) for c in "xy"), start=log("start", "s"))
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"], 0)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5, "")
except TypeError as e:
    print("TypeError:", e)

for v in [7, -3, 0, 2**70, True, False, 2.5, -0.0, float("inf")]:
    print(repr(v), repr(v.real), repr(v.imag), end=" ")
    if isinstance(v, int):
        print(repr(v.numerator), repr(v.denominator))
    else:
        print()
total = 0
for n in [3, 4, 5]:
    total += n.numerator * n.denominator + n.imag
print(total, (6).real + (1.5).real, sum(x.real for x in [1, 2.5, True]))
for v, name in [(2.5, "numerator"), ("s", "real"), ([1], "imag"), (None, "denominator"), (2.5, "denominator")]:
    try:
        if name == "numerator":
            print(v.numerator)
        elif name == "real":
            print(v.real)
        elif name == "imag":
            print(v.imag)
        else:
            print(v.denominator)
    except AttributeError as e:
        print("AttributeError:", e)
print(sum(["x"], "y"))
