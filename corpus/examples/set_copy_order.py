# The table order of sets made in ways other than adding items one by one: a constant set display
# iterated by a for loop or a comprehension (CPython folds it into a frozenset constant), set(S)
# and {*S} of a set (merged table to table, dummies dropped) and of a dict (the set presized),
# and a | a or a.union(a) (the copy returned as it is). Values collide on purpose.

# Ticket ids that a team watches; the loop order is the frozenset constant's.
for ticket in {5, 13, 21, 29, 37, 8, 0}:
    print("ticket", ticket)
print([t * 10 for t in {64, 0, 32, 8, 16, 128, 4}])
print(sum(1 for t in {2 ** 61 - 1, 2 ** 61, -5, 17, 33, 9} if t > 0))
watched = {5, 13, 21, 29, 37, 8, 0}
print("display:", watched)

# Seats sold, a few refunded: a copy of the set keeps no refund holes.
sold = {1, 9, 17, 25, 33, 41, 49}
sold.discard(9)
sold.discard(33)
print("sold:", sold)
print("copy:", set(sold), "spread:", {*sold}, "with 0:", {0, *sold})
backup = set(sold)
backup.add(57)
print("backup:", backup, len(backup))

# Orders keyed by id, then the ids as a set (presized from the dict).
orders = {}
for oid in [64, 0, 32, 8, 16, 96, 48, 80]:
    orders[oid] = "order-" + str(oid)
del orders[32]
print("ids:", set(orders), {*orders}, {*orders, *sold})

# Merging a set with itself: the copy is returned unchanged.
layers = {3, 11, 19, 27, 35, 43}
layers.discard(11)
layers.add(51)
print("self union:", layers | layers, layers.union(layers), layers.union(layers, {2}))
both = layers
both |= layers
print("in place:", both)

# Equal constant displays anywhere in the module share one constant: the first one compiled
# (here the function's) fixes the order of the others.
def default_ports():
    return {0, 72, 64, 9, 32, 17, 24}

print("ports:", {64, 0, 24, 32, 9, 17, 72}, default_ports())
for port in {72, 64, 32, 24, 17, 9, 0}:
    print("port", port)

# A set returned by a method is merged too; a dict view is walked item by item.
print("merged:", {*layers.union(sold)}, set(sold.copy()), set(orders.keys()), {*orders.copy()})
