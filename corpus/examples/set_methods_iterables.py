# Set methods given lists, tuples, ranges, dicts and several arguments at once: each step follows
# CPython's algorithm for that kind of argument, so the resulting sets iterate in CPython's order.

base = {1, 2, 3}
lst = [33, 17, 9, 65, 49, 41, 25, 57, 8, 16, 24]
print(base.union(lst))
print({5}.union(range(40, 0, -3)))
print({1, 9, 17, 25}.intersection([25, 17, 9, 1, 33]))
print({1, 9, 17, 25, 33, 41}.difference([9, 41]))
print({1, 9, 17}.symmetric_difference([33, 9, 65, 1, 97]))
s = {1, 2}
s.intersection_update([2, 1, 10])
print(s)
t = {8, 16, 24, 32}
t.difference_update([16, 8, 40])
t.symmetric_difference_update([64, 24, 128, 256])
print(t)
print({3}.issubset([1, 2, 3]), {1, 2}.isdisjoint((3, 4)))
print({1, 2}.union([3], (4, 1), {9, 17}), {1, 2}.union(), {5, 6, 7}.intersection([5, 6, 7, 8], {6, 7}, range(7, 9)))
print({1, 2, 3, 4, 5}.difference([1], {2}, (3,)), {1}.union({1}), {8, 16}.difference({}), {8, 16, 24}.difference({16: 0}))
u = {3, 4}
u.intersection_update([4, 3, 11], {3})
u.difference_update()
v = {1, 2, 3, 4}
v.difference_update([1], (2,))
w = {40, 8}
w.symmetric_difference_update({8: 1, 72: 2, 136: 3})
print(u, v, w, {8}.symmetric_difference({72: 0, 8: 0}))
big = set(range(0, 400, 8))
print(big.difference([0, 8]) == set(range(16, 400, 8)), sorted(big.intersection(range(0, 50)))[:5])
