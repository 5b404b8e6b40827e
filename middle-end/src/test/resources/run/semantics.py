# Python semantics the frontend and middle-end must keep: operands returned by and/or, chained
# comparisons evaluated once and left to right, swaps, keyword order, min/max ties, mixed types.
def trace(tag, v):
    print("eval", tag, end="; ")
    return v

def kw(a, b=10, c=20):
    return a * 100 + b * 10 + c

print(0 or "x", 3 and 4, "" and 1, None or 0, 0.0 or False)
print(trace(1, 1) < trace(2, 2) < trace(3, 0) < trace(4, 9))
a, b = 1, 2
a, b = b, a
print(a, b)
print(kw(1), kw(1, c=3), kw(c=1, a=2), kw(trace("a", 1), c=trace("c", 2), b=trace("b", 3)))
print(min(1, True), max(True, 1), min(2.0, 2), max(-0.0, 0.0), min("b", "a", "c"))
print(True + True, -True, ~False, True * 2.5, True / 2, 7 // True)
print(2 ** 100, 2 ** -2, (-2) ** 3, 10 ** 20 // 3, -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, -7.5 % 2)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 < 1.5 < 2, "a" < "b" <= "b")
print(divmod(-7, 2), divmod(7.5, -2), divmod(2 ** 65, 10))
x = 5
x = x / 2
print(x)
y = 3
y += 0.5
print(y, round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(123, -1), round(2.675, 2))
print(f"{3.14159:.2f}|{42:08.3f}|{'left':<8}|{'right':>8}|{1234567:,}|{255:#x}|{0.5:%}|{1e-5:g}|{123456789.0:g}")
print(f"{None}|{True:>6}|{(1, 'a')}|{(1,)!r}|{2.0 ** 0.5!r}|{-0.0}")
print(str(1e16), str(1e15), str(0.1 + 0.2), repr("it's"), repr('say "hi"'), 1e300 * 1e10)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    if n > 7:
        break
else:
    print("not reached")
print("n =", n, sep="", end="!\n")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    pass
else:
    print("else ran, i =", i)
print("flushed", 1, flush=True)
print("-" * 20, 3 * "ab", "x" * 0, "y" * -2, "z" * True)
print("=" * 5 + "|")
