# Methods called on the type itself, dict.fromkeys and str.maketrans, and on an instance: the
# keys in the iterable's order, one value shared by all, duplicates kept once.
print(dict.fromkeys(["b", "a", "b", "c"]))
print(dict.fromkeys(range(4), 0), dict.fromkeys("hello", []), dict.fromkeys(()))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print({}.fromkeys((1, 2), "v"), {"old": 1}.fromkeys({3}))
sources = [[1, 2], "ab", (3,), {4: 5}, {6}]
for s in sources:
    print(dict.fromkeys(s, True))
table = str.maketrans("abc", "ABC", "xyz")
print(sorted(table.items()), "a-x-b-y-c-z".translate(table))
print("leet speak".translate(str.maketrans({"e": "3", "a": "4", "k": None})))
print(str.maketrans({}), str.maketrans("", ""))
words = "the quick brown the lazy quick".split()
print(list(dict.fromkeys(words)))
