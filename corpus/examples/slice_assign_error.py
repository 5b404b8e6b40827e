# Slicing edge cases on lists, tuples and strings: negative and out-of-range bounds, negative steps,
# slice assignment that grows or shrinks, del with steps; ends with ValueError from assigning a
# sequence of the wrong length to an extended slice.

xs = list(range(10))
print(xs[2:5], xs[-3:], xs[:-7], xs[5:2], xs[-100:3], xs[8:100], xs[100:])
print(xs[::3], xs[1::4], xs[::-1], xs[::-3], xs[7:2:-2], xs[2:7:-1], xs[-1:-4:-1])
t = tuple(xs)
print(t[3:6], t[::-4], t[-2:], t[:0])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::2], s[-4:-1], s[5:1:-1], s[100:], repr(s[3:3]))
n = len(xs)
print("start/stop clamp:", [len(xs[i:j]) for i, j in [(-20, 20), (3, -3), (-3, 3), (0, n), (n, 0)]])

ys = list(range(8))
ys[2:4] = ["a", "b", "c", "d"]
print("grow:", ys)
ys[1:7] = [None]
print("shrink:", ys)
ys[len(ys):] = [8, 9]
ys[:0] = [-1]
print("append and prepend:", ys)
ys[3:3] = ["in"]
print("insert by slice:", ys)
ys[:] = list(range(6))
print("replace all:", ys)
ys[::2] = ["e0", "e2", "e4"]
print("extended slice, same length:", ys)
ys[::-2] = [50, 30, 10]
print("reversed extended slice:", ys)
del ys[::3]
print("del every third:", ys)
del ys[-2:]
print("del the tail:", ys)
zs = list("python")
del zs[1:5:2]
print("del with a step:", zs)
zs[1:1] = "XY"
print("a string is a sequence of characters:", zs)
m = [[r * 3 + c for c in range(3)] for r in range(3)]
m[1][:] = [0, 0, 0]
m[::2] = [m[2], m[0]]
print("rows swapped by slice:", m)
print("copy by slice is not the same list:", m[:] == m, m[:] is m)
ws = list(range(10))
ws[1:9:2] = ["odd"] * 4
print("four odds:", ws)
ws[::2] = [0, 0, 0]
print("not reached", ws)
