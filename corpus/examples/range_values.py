# range objects kept as values: printed, measured, indexed from both ends, tested with `in`
# (arithmetic for ints, equality for other numbers), compared, stored in lists and iterated later,
# and finally indexed past the end, which raises IndexError.

evens = range(0, 20, 2)
down = range(10, -10, -3)
empty = range(5, 5)
print(evens, down, empty, range(7))
print("lengths:", len(evens), len(down), len(empty), len(range(-3)))
print("items:", evens[0], evens[3], evens[-1], down[1], down[-2])
print("membership:", 6 in evens, 7 in evens, 20 in evens, -8 in down, 2.0 in evens, True in range(2))
print("truth:", bool(evens), bool(empty), not empty)
print("equality:", range(0, 3) == range(3), range(1, 1) == range(4, 2), range(0, 5, 2) == range(0, 6, 2),
      range(2) == range(3))

windows = [range(start, start + 4) for start in range(0, 12, 4)]
print("windows:", windows)
for w in windows:
    print(" ", w, "sum", sum(w), "squares", [x * x for x in w], "max", max(w))

table = {}
for r in (range(3), range(1, 10, 4), range(-2, 2)):
    table[str(r)] = list(r)
print("as lists:", table)
print("reversed via list:", list(reversed(list(down))), sorted(down))
total = 0
for i in range(len(evens)):
    total += evens[i] * (i + 1)
print("weighted:", total)
print("past the end:", evens[len(evens)])
