# with statements over context managers: __enter__'s value bound by as, __exit__ called on every
# way out (falling off the end, return, break, continue, an exception), an exception suppressed
# when __exit__ returns true and raised again when not, several items and nesting, and CPython's
# TypeError for a value without the protocol.
class Tag:
    depth = 0

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Tag.depth += 1
        print("  " * Tag.depth + "<" + self.name + ">")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        what = "" if exc_type is None else f" ({exc_type.__name__}: {exc})"
        print("  " * Tag.depth + "</" + self.name + ">" + what)
        Tag.depth -= 1
        return self.swallow


class Ledger:
    def __init__(self):
        self.entries = []
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        if exc_type is not None:
            self.entries.clear()
        return False

    def add(self, x):
        if x < 0:
            raise ValueError(f"negative entry {x}")
        self.entries.append(x)


with Tag("html") as t:
    print("value", t)
    with Tag("body"), Tag("p") as p:
        print("inside", p)


def first_even(xs):
    for x in xs:
        with Tag("check"):
            if x % 2 == 0:
                return x
    return None


print("first even:", first_even([3, 5, 8, 9]))

for i in range(4):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)

with Tag("guard", swallow=True):
    raise KeyError("missing")
print("after a suppressed KeyError")

try:
    with Tag("outer"):
        with Tag("inner", swallow=False):
            1 / 0
except ZeroDivisionError as e:
    print("caught:", e)

ledger = Ledger()
with ledger:
    ledger.add(1)
    ledger.add(2)
print(ledger.entries, ledger.open)
try:
    with ledger:
        ledger.add(3)
        ledger.add(-4)
except ValueError as e:
    print("rolled back:", e, ledger.entries, ledger.open)

try:
    with 5:
        pass
except TypeError as e:
    print(e)
