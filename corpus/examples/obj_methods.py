# Methods several built-in types share (count, index, pop, remove, update), called on values whose
# type is only known at run time: a record mixes lists, strings, tuples, ranges, dicts and sets.

record = {"tags": ["red", "blue", "red"], "name": "banana bandana", "dims": (3, 4, 3),
          "span": range(10, 50, 5), "extra": {"x": 1}, "seen": {3, 1, 4}}

for key in ("tags", "name", "dims", "span"):
    value = record[key]
    probe = {"tags": "red", "name": "an", "dims": 3, "span": 30}[key]
    print(key, "count", value.count(probe), "index", value.index(probe))

print("range count of float:", record["span"].count(30.0), record["span"].index(45.0), record["span"].count(True))
items = [[5, 6, 7], {1, 2}, {"k": "v", "w": "z"}]
for thing in items:
    print("pop from", len(thing), "->", thing.pop() if len(thing) != 2 or 1 in thing else thing.pop("k"))
print(items)
lst = items[0]
lst.remove(5)
items[1].remove(2)
print("after remove:", items)
items[2].update({"n": 9})
items[1].update([8, 9, 8])
print("after update:", items)
print("pop at:", items[0].pop(0), items[2].pop("w"), items)
mixed = [record["dims"], record["name"], record["tags"]]
for m in mixed:
    print(m.index(m[1]), m.count(m[0]))
print("missing:")
print(record["name"].index("zz"))
