# reversed() over everything that has an order: dicts and their views (by insertion, skipping deleted
# entries), values of mixed type, ranges, strings; a list shrinking under its reverse iterator, and a
# dict growing under one (RuntimeError).

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["z"] = 26
print(list(reversed(d)), [k for k in reversed(d.keys())], list(reversed(d.values())), list(reversed(d.items())))
mixed = [[1, 2, 3], "héllo", (4, 5), range(0, 10, 3), {"x": 1, "y": 2}, range(5, 5)]
for m in mixed:
    print(list(reversed(m)), sum(1 for _ in reversed(m)))
r = range(1, 10, 2)
print(list(reversed(r)), sorted(reversed(r)), max(reversed(r)))
lst = [1, 2, 3, 4]
for x in reversed(lst):
    if x == 3:
        lst.pop()
        lst.pop()
    print("saw", x)
e = {1: 1}
for k in reversed(e):
    print("key", k)
grow = {1: 1, 2: 2}
for k in reversed(grow):
    grow[k + 10] = 0
