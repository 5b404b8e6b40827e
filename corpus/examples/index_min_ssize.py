# -2**63 is the smallest index-sized integer (Py_ssize_t): CPython accepts it wherever an index is
# converted, so it clamps or is out of range like any other index; one below it overflows.
# Ends with the IndexError of pop(-2**63).

lo = -2 ** 63
hi = 2 ** 63 - 1
queue = [3, 4, 5]
queue.insert(lo, 2)
queue.insert(hi, 6)
print("queue:", queue)
print("repeat:", [1, 2] * lo, lo * [1], "ab" * lo, (1, 2) * lo, "ab" * (lo + 1))
grid = [0, 1]
grid *= lo
print("in place:", grid)
print("slices:", queue[lo:], queue[:lo], queue[lo:hi], "abcdef"[lo::2], queue[::lo], (9, 8, 7)[lo:2])
print("find:", "banana".find("an", lo), "banana".rfind("an", lo, hi), queue.index(4, lo), "banana".count("a", lo))
print("range:", range(10)[lo:], range(10)[:lo], range(10)[lo:hi:3])
print("text:", "ab".ljust(lo) + "|", "ab".zfill(lo), "aaa".replace("a", "b", lo), "a,b".split(",", lo))
print(queue.pop(lo))
