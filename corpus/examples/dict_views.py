# Dictionary views kept as values: they stay live while the dict changes, print like CPython's,
# answer len and `in`, compare with sets, and combine with set operators into new sets.

stock = {"apples": 12, "pears": 0, "plums": 7}
names = stock.keys()
counts = stock.values()
pairs = stock.items()
print(names, counts, pairs)
print("sizes:", len(names), len(counts), len(pairs))

stock["figs"] = 3
del stock["pears"]
print("after a change:", names)
print("  values:", counts)
print("  items:", pairs)
print("membership:", "figs" in names, "pears" in names, 7 in counts, ("plums", 7) in pairs,
      ("plums", 8) in pairs, ["plums", 7] in pairs, "plums" in pairs)
print("truth:", bool(names), bool({}.keys()), not {}.values())

total = 0
for n in names:
    total += stock[n]
print("total via keys view:", total, "sum of values:", sum(counts))
print("sorted items:", sorted(pairs), "max value:", max(counts))

# Set-like views: equality and ordering against sets and other views.
a = {1: "one", 2: "two", 3: "three"}
b = {3: "drei", 2: "zwei", 1: "eins"}
print("keys equal:", a.keys() == b.keys(), a.keys() == {1, 2, 3}, {3, 2, 1} == a.keys(),
      a.keys() == [1, 2, 3], a.keys() != {1, 2})
print("items equal:", a.items() == b.items(), a.items() == {(1, "one"), (2, "two"), (3, "three")})
print("ordering:", a.keys() < {1, 2, 3, 4}, a.keys() <= {1, 2, 3}, {1, 2} < a.keys(), a.keys() > {1, 2},
      a.keys() >= b.keys(), {4} <= a.keys())
print("values compare by identity:", a.values() == a.values(), counts == counts)

# Operators give sets, built in CPython's order.
ks = a.keys()
print("and:", ks & {2, 3, 4}, {2, 3, 4} & ks, ks & [3, 1, 9])
print("or:", ks | {7, 5}, {7, 5} | ks, ks | range(4, 7))
print("sub:", ks - {2}, {0, 1, 2, 9} - ks, ks - b.keys())
print("xor:", ks ^ {3, 4}, {3, 4} ^ ks, ks ^ {9: 0, 1: 0})
print("order:", ks | {64, 32, 128, 8}, {64, 32, 128, 8, 1} - ks, ks ^ {40, 8, 72, 2})
left = {1: 10, 2: 20, 3: 30}
right = {2: 20, 3: 33, 4: 40}
print("items xor:", sorted(left.items() ^ right.items()))
print("items and:", left.items() & right.items(), "items sub:", sorted(left.items() - right.items()))
big = {k: k * k for k in range(40)}
small = {k: k * k for k in range(35, 45)}
print("big & small:", big.keys() & small.keys(), small.keys() & big.keys())
print("disjoint via &:", not (big.keys() & {100, 200}))

# Views in containers and converted.
snap = [list(v) for v in (a.keys(), a.values(), a.items())]
print("snapshots:", snap)
print("tuple and set:", tuple(b.values()), set(b.keys()), dict(a.items()) == a)
print("enumerated:", [(i, k) for i, k in enumerate(b.keys())])
empty = {}
v = empty.values()
print("empty views:", empty.keys(), v, empty.items(), len(v))
print("isdisjoint:", a.keys().isdisjoint({4, 5}), a.keys().isdisjoint([3]), left.items().isdisjoint([(2, 20)]),
      right.items().isdisjoint({(2, 21)}))
print("mutating while iterating a view:")
grow = {0: 0}
for k in grow.keys():
    grow[k + 1] = k
