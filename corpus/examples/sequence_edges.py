# Corners of the sequence types: range objects sliced into ranges, slice assignment from ranges and
# dict views, tuples nested deeper than the compiler tracks precisely, starred items in tuple
# displays, and min/max of empty sequences with and without a default.

for r in (range(5), range(10, -10, -3), range(0, 100, 7), range(3, 3)):
    print(r[1:3], r[::-1], r[::2], r[-2:], r[:-1:3], r[5:1:-2], r[100:], r[-100:2], list(r[1::2]))
    print("  sum of every other:", sum(r[::2]), "reversed max:", max(r[::-1], default=None))

slots = [0, 0, 0]
slots[1:] = range(2)
prices = {"tea": 3, "jam": 5}
row = ["header"]
row[1:] = prices.keys()
row[:1] = prices.items()
row[len(row):] = prices.values()
print(slots, row)

deep = ((((1,),),),)
tree = (1, (2, (3, (4, (5,)))))
print(deep, len(deep), deep[0], tree[1][1], tree)
pairs = [(i, ((i, (i * i,)),)) for i in range(3)]
print(pairs, pairs[2][1][0][1])

head = (1, 2)
both = (*head, 3, *[4, 5], *"ab")
print(both, len(both), both[2:], both.count(2), both.index(3))

print(max((), default=None), min([], default="none"), max([], key=len, default=0))
print("empty min:")
print(min(()))
