# Method forms with extra arguments: bounds of index/count/find/startswith, replace's count, set
# methods of several iterables of every kind (on the generic path, where no receiver's type is
# known, these go through the runtime's method call by name). Then identity of containers, slice
# assignment through a container, starred items in set displays, and unbound methods as keys.

text = "banana split"
digits = [3, 1, 4, 1, 5, 9, 2, 6]
pairs = (2, 7, 1, 8, 2, 8)
steps = range(1, 20, 1)
print(text.count("a", 2), text.count("a", 2, -6), text.index("p", 1), text.index("p", -5, 100))
print(digits.count(1), digits.index(1, 2), digits.index(1, -5, 100), digits.index(2, -2 ** 70, 2 ** 70))
print(pairs.count(8), pairs.index(1), steps.count(7), steps.index(7))
print(text.find("an", 3), text.rfind("an", 0, 5), text.rindex("a"), text.startswith(("ban", "x"), 0, 4))
print(text.endswith("split", -5), text.endswith(("lit", "pit"), 2, -1), text.replace("a", "A", 2))

base = {1, 2, 3, 4}
near = {3, 4, 5}
listed = [4, 5, 6, 4]
paired = (0, 4)
named = {4: "four", 9: "nine"}
print(base.union(near, listed, paired), base.intersection(near, listed), base.difference(listed, paired, named))
print(base.symmetric_difference(listed), base.issubset(listed + [1, 2, 3]), base.issuperset(paired), base.issuperset(near))
work = set(base)
work.intersection_update(near, listed)
print(work)
work = set(base)
work.difference_update(paired, named)
work.symmetric_difference_update(range(2, 6))
print(work, base.union(), base.difference())

a = [1, 2]
b = a
c = [1, 2]
stack = {"top": a, "none": None}
print(a is b, a is c, a is not c, stack["top"] is a, stack["none"] is None)

boxes = {"row": [0, 1, 2, 3, 4, 5, 6, 7]}
boxes["row"][2:5] = "xyz"
print(boxes)
del boxes["row"][::3]
print(boxes)
boxes["row"][1:2] = [10, 11]
boxes["row"][::2] = range(3)
print(boxes)

evens = {0, 2, 4}
odds = [1, 3]
print({*evens}, {9, *odds, 8, *evens}, {*(5, 5), *range(3)} - {0})

names = ["pear", "Fig", "apple", "Banana"]
print(sorted(names, key=str.lower), max(names, key=str.upper), list(map(str.swapcase, names)))
print(sorted(names, key=str.title, reverse=True))
