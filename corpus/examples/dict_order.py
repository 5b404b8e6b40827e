# Dict ordering rules: insertion order survives updates of existing keys, deletion and re-insertion
# move a key to the end, update() and comprehensions keep first positions, popitem() is LIFO, and
# equality ignores order.

d = {}
for key in ["pear", "apple", "fig", "kiwi"]:
    d[key] = len(key)
print("inserted:", d)
d["apple"] = 50
print("updating a value keeps the place:", d)
del d["pear"]
d["pear"] = 4
print("delete and re-insert moves to the end:", d)
d.update({"fig": 30, "lime": 4, "apple": 5})
print("update() keeps old places, appends new keys:", d)
d.update([("date", 4), ("fig", 3)])
print("update() from pairs:", d)

pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]
print("dict(pairs) keeps each key's first place, last value:", dict(pairs))
print("comprehension does the same:", {k: v for k, v in pairs})
print("dict(zip()):", dict(zip("abcab", range(5))))

other = {"kiwi": 4, "fig": 3}
print("order does not matter for ==:", {"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
print("keys, values, items:", list(d.keys()), list(d.values()), list(d.items())[:2])
print("in tests keys only:", "fig" in d, 3 in d, 3 in d.values())

stack = {"first": 1, "second": 2, "third": 3}
print("popitem is last-in first-out:", stack.popitem(), stack.popitem(), stack)
stack["again"] = 9
print("after re-adding:", stack, stack.pop("first"), stack)

counts = {}
for word in "to be or not to be that is the question to ask".split():
    counts[word] = counts.get(word, 0) + 1
print("counts in first-seen order:", counts)
ordered = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("rebuilt in ranked order:", ordered)
print("reversed keys:", list(reversed(list(ordered))))
inverted = {}
for word, n in counts.items():
    inverted.setdefault(n, []).append(word)
print("inverted:", inverted)

ints = {}
for k in [10, -3, 7, 2 ** 64, 0, -3, 10]:
    ints[k] = ints.get(k, 0) + 1
print("int keys keep insertion order, not numeric or hash order:", ints)
tuples = {(2, 1): "b", (1, 2): "a", (1, 1): "c"}
print("tuple keys:", tuples, sorted(tuples), tuples[(1, 2)])
copy = d.copy()
copy["new"] = 0
del copy["apple"]
print("copy is independent:", len(d), len(copy), "apple" in d, "apple" in copy)
d.clear()
print("cleared:", d, len(d), copy)
