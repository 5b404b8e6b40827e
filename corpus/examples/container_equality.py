# Equality and membership inside containers: element-wise comparison, 1 == 1.0 == True, -0.0 == 0.0,
# NaN that equals nothing except itself by identity, lists versus tuples, and dict and set equality.

nan = float("nan")
inf = float("inf")
print("nan == nan:", nan == nan, "nan != nan:", nan != nan)
print("same nan object in lists:", [nan] == [nan], nan in [nan], [nan].count(nan), [1, nan].index(nan))
print("two different nans:", [float("nan")] == [float("nan")], float("nan") in [nan])
print("tuples too:", (nan,) == (nan,), (1, nan) < (2, nan), (nan, 1) == (nan, 1))
print("dict values:", {"x": nan} == {"x": nan}, nan in list({1: nan}.values()))

print("numbers across types:", [1, 2.0, True] == [1.0, 2, 1], [0] == [-0.0], [0.1 + 0.2] == [0.3])
print("list vs tuple:", [1, 2] == (1, 2), list((1, 2)) == [1, 2], tuple([1, 2]) == (1, 2))
print("nested:", [[1, [2, 3]], (4, 5)] == [[1, [2, 3]], (4, 5)], [[1, [2, 3]]] == [[1, [2, 4]]])
print("ordering is element-wise:", [1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, -100], [2] > [1, 100], [] < [[]])
print("strings:", ["a", "b"] < ["a", "c"], ["B"] < ["a"], ["ab"] < ["a", "b"], "" < "a")

d1 = {"a": 1, "b": [1, 2]}
d2 = {"b": [1, 2.0], "a": 1.0}
print("dicts ignore order, compare values:", d1 == d2, d1 != {"a": 1}, {} == {})
print("int and float keys are one key:", {1: "x", 1.0: "y"}, {0: "zero", -0.0: "neg"}, len({2: 0, 2.0: 0}))
print("bool keys merge with ints:", {True: "t", 1: "one"}, {0: "a", False: "b"})
s = {1, 2, 3}
print("sets:", s == {3, 2, 1}, s == {1.0, 2.0, 3.0}, s != {1, 2}, {1, 2} < s, s <= s, s < s)
print("membership by equality:", 2.0 in s, True in s, 0 in s, 1.5 in s, (1, 2) in [(1.0, 2.0)])
print("sets of floats merge equal ints:", {1, 1.0, 2, 2.0, 3.5}, len({0, 0.0, -0.0, False}))

rows = [[1, 2], [1, 2], [2, 1]]
print("count and index use ==:", rows.count([1, 2]), rows.index([2, 1]), [1, 2] in rows, [1, 2.0] in rows)
unique = []
for r in rows + [[1.0, 2.0]]:
    if r not in unique:
        unique.append(r)
print("dedup by ==:", unique)
print("min and max of lists:", min(rows), max(rows), max([[inf], [1e308]]), min([[-inf, 0], [-inf]]))
print("x == x drops nan:", [x for x in [1, nan, 2] if x == x], [x for x in [nan, inf, -inf] if x != x])
inventory = [("apple", 3), ("pear", 0), ("fig", 3.0)]
print("tuples compare across int/float:", inventory[0][1] == inventory[2][1], ("apple", 3) in inventory,
      ("fig", 3) in inventory, inventory.index(("fig", 3)))
