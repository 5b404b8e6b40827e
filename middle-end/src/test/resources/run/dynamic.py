# Values whose type is not known statically (boxed objects): mixed assignments, None checks,
# conversions from str, bools under bitwise operators, huge ranges, tuples returned by recursion.
def describe(v):
    if v is None:
        return "none"
    if v is not None and v == 0:
        return "zero"
    return f"{v!r:>8}|{v!s:<6}|"

def pair_sum(n):
    if n == 0:
        return (0, 1)
    a, b = pair_sum(n - 1)
    return (b, a + b)

x = 1
print(describe(x), describe(None), describe(0), describe("txt"), describe(2.5))
x = "now a string"
print(x, "str" in x, "zz" not in x)
x = 3.0
print(x, x == 3, x is None, not x, not 0.0)
print(int("42") + int(" -7 "), float("1.5") * 2, float("1e3"), int(2.999), int(-2.999))
print(True & False, True | False, True ^ True, 6 & 3, 6 | 3, 6 ^ 3, ~7, 1 << 70, -(1 << 70) >> 3)
for big in range(10 ** 20, 10 ** 20 + 3):
    print(big, big % 7)
print(pair_sum(10), pair_sum(90))
n = None
print(n, n == None, n != 0, None is None)
t = (1, "a", 2.5)
u, v, w = t
print(t, u, v, w, (1, 2) < (1, 3), (1, 2) == (1, 2.0))
print(len(t), len(()), len((1,)))
