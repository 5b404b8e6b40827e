# type(x).__name__ and x.__class__.__name__ of every kind of value a program makes.
vals = [1, 2.5, True, None, "s", (1,), [1], {1: 2}, {1}, range(3), iter([1]), {}.keys(), {}.values(), {}.items(),
        ValueError("x"), KeyError(2), iter("ab"), iter("é"), iter("€"), iter((1,)), iter({1: 2}), iter({1: 2}.items()),
        reversed([1]), reversed(range(2)), iter(range(2)), iter({3}), 10 ** 30, -0.0]
for v in vals:
    print(type(v).__name__, v.__class__.__name__)


class Problem(RuntimeError):
    pass


def describe(x):
    try:
        return x + 1
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(describe(1), describe("a"), describe(None), describe([]))
try:
    raise Problem("deep")
except Exception as e:
    print(e.__class__.__name__, str(e))
