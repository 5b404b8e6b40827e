# Set algebra on sets of ints: union, intersection, differences, subsets, with methods and operators.

evens = set(range(0, 30, 2))
threes = set(range(0, 30, 3))
fives = {0, 5, 10, 15, 20, 25}
print("evens:", evens)
print("threes:", threes)
print("union:", evens | threes)
print("intersection:", evens & threes)
print("difference:", evens - threes)
print("symmetric difference:", evens ^ threes)
print("method forms agree:", evens.union(threes) == evens | threes, evens.intersection(threes) == evens & threes,
      evens.difference(threes) == evens - threes, evens.symmetric_difference(threes) == evens ^ threes)

sixes = evens & threes
print("sixes <= evens:", sixes <= evens, "sixes < evens:", sixes < evens, sixes.issubset(threes))
print("evens superset of sixes:", evens.issuperset(sixes), "disjoint fives/{1,2}:", fives.isdisjoint({1, 2}))
print("all three:", evens & threes & fives, "any:", len(evens | threes | fives))

inclusion = len(evens) + len(threes) + len(fives) - len(evens & threes) - len(evens & fives) - len(threes & fives) + len(evens & threes & fives)
print("inclusion-exclusion:", inclusion, len(evens | threes | fives))

s = set()
for x in [5, 3, 9, 3, 5, 1, 7, 9]:
    s.add(x)
print("built:", s, len(s))
s.discard(4)
s.discard(3)
s.remove(9)
print("after discard/remove:", s)
s.update([10, 11])
s.update({12})
print("after update:", s)
t = s.copy()
t.add(100)
print("copy is separate:", s != t, len(s), len(t))
popped = []
while t:
    popped.append(t.pop())
print("popped:", sorted(popped), "empty now:", t == set())
s.clear()
print("cleared:", s, len(s))

neg = {-3, -1, 0, 2, 1000, 2 ** 40, -(2 ** 40)}
print(sorted(neg), -1 in neg, 2 ** 40 in neg)
a = {1, 2, 3}
b = {3, 2, 1}
print("order-free equality:", a == b, {1, 2} != {1, 2, 3}, [1, 2] == [2, 1])
print("comprehension:", {x * x % 7 for x in range(20)})
print("frequencies of residues:", [(r, sum(1 for x in range(20) if x * x % 7 == r)) for r in sorted({x * x % 7 for x in range(20)})])
