# Every pattern kind the compiler builds, against values of every built-in type, with CPython's
# rules: sequence patterns never match str; True and 1 differ for 'case True' (identity) but
# not for 'case 1' (equality); mapping patterns ignore extra keys and '**rest' copies the others;
# int() matches bools; captures are bound only when the whole pattern matches, before the guard;
# a value pattern (a dotted name) compares with ==.
import sys


def describe(v):
    match v:
        case None:
            return "None"
        case True:
            return "True itself"
        case False:
            return "False itself"
        case 0 | 0.0:
            return "a zero"
        case 1:
            return "one"
        case -1 | -2.5:
            return "a negative literal"
        case "yes" | "y":
            return "agreement"
        case "":
            return "empty str"
        case int(n) if n > 1000:
            return f"big int {n}"
        case bool() | int():
            return "some int"
        case float(x) if x != x:
            return "nan"
        case float(x):
            return f"float {x}"
        case str() as s if len(s) > 3:
            return "long str " + s
        case str(s):
            return "short str " + s
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case (a, b) if a == b:
            return f"a pair of equal {a!r}"
        case (a, b):
            return f"pair {a!r}, {b!r}"
        case [first, *_, last] if isinstance(v, range):
            return f"range from {first} to {last}"
        case [first, [inner, *rest], *tail]:
            return f"nested {first} {inner} {rest} {tail}"
        case [*_]:
            return f"sequence of {len(v)}"
        case {"kind": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"kind": str(kind), **rest} if rest:
            return f"{kind} with {rest}"
        case {"kind": _}:
            return "bare kind"
        case {1: one, -1: minus}:
            return f"int keys {one} {minus}"
        case {}:
            return f"mapping of {len(v)}"
        case set() | range():
            return "set or empty-ish range"
        case object():
            return "something else"


values = [
    None, True, False, 0, 0.0, -0.0, 1, 1.0, -1, -2.5, "yes", "y", "", 5000, True + 1, 7, float("nan"), 2.5,
    "hello", "hi", [], (), [9], ("x",), (3, 3), [1, 2], range(4), range(0), range(1),
    [1, [2, 3, 4], 5, 6], [1, [2]], [1, 2, 3], (1, "two", 3.0, None),
    {"kind": "point", "x": 1, "y": 2}, {"kind": "point", "x": 1}, {"kind": "circle", "r": 2}, {"kind": 5},
    {"kind": "bare"}, {1: "a", -1: "b", 2: "c"}, {True: "t", -1: "m"}, {}, {"k": 1}, {1, 2}, set(), "ab",
    dict(zip("abc", range(3))).keys(),
]
for v in values:
    print(f"{v!r}: {describe(v)}")


def capture_then_guard(v):
    result = "unset"
    match v:
        case [x, 0]:
            result = "ends in zero"
        case [x, y] if y > x:
            result = "rising"
        case _:
            pass
    return result, x


print(capture_then_guard([4, 0]))
print(capture_then_guard([4, 9]))
print(capture_then_guard([4, 1]))

match {"name": "waspy", "version": 3, "tags": ["wasm", "python"]}:
    case {"name": name, "tags": [*tags], **others}:
        print(name, tags, others)

grid = (2, 0)
match grid:
    case (0, 0):
        where = "origin"
    case (x, 0) | (0, x):
        where = f"on an axis at {x}"
    case _:
        where = "elsewhere"
print(where, x)

for item in [3, "3", 3.0, [3], {3}]:
    match item:
        case int(3) | str("3"):
            print(repr(item), "three as int or str")
        case float(3.0):
            print(repr(item), "three as a float")
        case list([3]) | set():
            print(repr(item), "a container")

for candidate in [[], list(sys.argv), sys.argv[:0]]:
    match candidate:
        case sys.argv:
            print("equal to sys.argv")
        case _:
            print("not sys.argv:", len(candidate), "items")
