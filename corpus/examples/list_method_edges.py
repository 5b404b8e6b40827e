# Edge cases of list and dict methods: insert and pop at negative and out-of-range positions, remove and
# index find the first match, repetition by zero or negatives, extend with itself, setdefault and get
# returning existing values, pop with defaults, and methods that return None.

xs = [10, 20, 30]
xs.insert(100, 40)
xs.insert(-100, 0)
xs.insert(-1, 35)
xs.insert(2, 15)
print("inserts clamp and count from the end:", xs)
print("pop() and pop(0) and pop(-2):", xs.pop(), xs.pop(0), xs.pop(-2), xs)
ys = [1, 2, 3, 2, 1, 2]
ys.remove(2)
print("remove takes the first match:", ys, "index of 2:", ys.index(2), "count:", ys.count(2))
print("repetition:", [0] * 3, [1, 2] * 0, [1, 2] * -3, "ab" * -1, (1,) * 2, [[]] * 2)
zs = [1, 2]
zs.extend(zs)
print("extend with itself:", zs)
zs += zs[:1]
zs.append(zs[:])
print("append a copy of itself:", zs)
print("methods return None:", [1].append(2), [3, 1].sort(), [1].reverse(), [1].clear(), {1}.add(2), {}.update({}))
ws = [3, 1, 2]
result = ws.sort()
print("sort in place:", ws, result, "sorted() makes a copy:", sorted(ws, reverse=True), ws)
ws.clear()
print("cleared:", ws, len(ws), not ws)

d = {"a": 1}
print("setdefault returns the existing value:", d.setdefault("a", 100), d.setdefault("b", 2), d)
print("get with and without default:", d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print("pop with a default:", d.pop("zz", "none"), d.pop("a"), d)
lists = {}
lists.setdefault("x", []).append(1)
lists.setdefault("x", []).append(2)
lists.setdefault("y", [])
print("setdefault with lists:", lists)
e = {"k": 1}
e.update([("k", 2), ("m", 3)])
e.update({"n": 4})
print("update from pairs and dicts:", e, len(e))
f = {k: 0 for k in "abc"}
print("dict comprehension as fromkeys:", f, list(f.items())[-1])
g = {1: "one", 2: "two"}
keys = list(g)
for k in keys:
    g[k * 10] = g[k]
print("adding while iterating a key list:", g)
s = {3, 1, 2}
print("set methods:", s.add(4), s.discard(9), s, s.union([5]), s.intersection({1, 9}), s.difference([1, 2]))
print("issubset of any iterable:", {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((2,)), s.isdisjoint([7, 8]))
print("copy vs alias:", s.copy() == s, s.copy() is not s)
