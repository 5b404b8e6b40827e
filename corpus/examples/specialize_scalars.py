# The same definitions called with ints, floats, bools and strs: on the generic path each gets an
# instance per argument types, whose operations are the typed primitives (bools count as ints, an
# int meeting a float is converted, as CPython does), while exact int/float comparisons and str
# repetition stay generic. Ends with a float modulo by zero, raised by the typed primitive.
def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def quot(a, b):
    return a / b


def floor(a, b):
    return a // b


def mod(a, b):
    return a % b


def eq(a, b):
    return a == b


def lt(a, b):
    return a < b


def neg(a):
    return -a


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def mean(n):
    s = 0.0
    i = 0
    while i < n:
        s = s + i * 0.5
        i = i + 1
    return s / n


def flow(n):
    v = n + 1
    a = v * 3
    v = 0.25
    b = v + a
    v = "done"
    if a:
        w = a
    else:
        w = b
    return v + str(w) + str(b)


def convert(x):
    return int(x), float(x), abs(x), round(x), str(x), repr(x)


print(add(1, 2), add(1.5, 2), add(True, True), add(2, 0.25), add("ab", "cd"), add(False, 2.5))
print(add(2**62, 2**62), add(0.1, 0.2), add(-(2**63), -1))
print(mul(3, 4), mul(2.5, 4), mul(True, 7), mul(10**20, 10**20), mul("ab", 3), mul(0.1, 3))
print(quot(7, 2), quot(7.0, 2), quot(-7, 2), quot(True, 4), quot(1, 3), quot(10**30, 10**10))
print(floor(7, 2), floor(-7, 2), floor(-7.5, 2), floor(7, -2.0), floor(True, 2))
print(mod(7, 3), mod(-7, 3), mod(7, -3), mod(-7.5, 2), mod(7, -2.0), mod(-0.0, 1.0))
print(eq(1, True), eq(2**53 + 1, 2.0**53), eq(0.5, 0.5), eq("a", "a"), eq(float("nan"), float("nan")))
print(lt("a", "b"), lt(True, 2), lt(1.5, True), lt(3, 2), lt(-(2**70), 2**70))
print(neg(5), neg(2.5), neg(True), neg(-0.0), neg(-(2**63)))
print(fact(25), fact(3), mean(10), mean(3))
print(flow(4), flow(-1))
print(convert(7), convert(-2.5), convert(True))
print(mod(7, 0.0))
