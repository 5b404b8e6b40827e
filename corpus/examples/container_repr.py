# How containers print: repr of nested lists, tuples, dicts and sets holding strings with quotes,
# backslashes, newlines and non-ASCII text, floats, bools and None, and str() versus repr().

names = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline", "",
         "café", "naïve ☃", "\x07bell", "\u00ff\u0100"]
for s in names:
    print(len(s), repr(s), [s])
print(names)

print([1, 2.0, 3.5e-07, 1e16, -0.0, float("inf"), True, None, "x"])
print((1,), (), ((1, 2), (3,)), tuple([4, 5]))
print({"a": [1, 2], "b": {"c": (3, 4)}, "d": {}, "e": []})
print({1: "one", 2: "two"}, {(0, 0): "origin", (1, -1): "diag"})
print(set(), {3}, {1, 2, 3}, [set(), {0}])
print([[], [[]], [[], []]], [()], [{}])
print(str([1, "a"]), repr([1, "a"]), str(("a",)), repr("a"), str("a"))

nested = {"matrix": [[1.5, 2.25], [0.1, 0.2 + 0.1]], "flags": (True, False, None), "empty": ""}
print(nested)
print("f-string of a list: {}".format([0.1, "q'q"]), f"{[1, 'two']}", "%s|%r" % ("s", "s"))
print(f"{str((1, 2)):>12}|", f"{str([1, 2]):<10}|")

table = [("name", "score"), ("ann", 9.5), ("bob", 10.0), ("cy", 7.25)]
print(table)
print(dict(table[1:]))
print(list(zip([1, 2, 3], [4, 5, 6])))
print(list(enumerate("abc")), list(reversed([1, 2, 3])), sorted({"b": 1, "a": 2}.items()))
print(list(map(str, [1, 2])), list(map(repr, ["a", "b"])), list(filter(len, ["", "x", "", "yz"])))
print(repr(1.0), repr(-1.5), repr(1e-05), repr(123456789012345678.0), [1e22, 1e21, 1.5e300 * 1e10])
print(str(12345678901234567890), [2 ** 70, -(2 ** 64)], (10 ** 20,))
print(["a" * 3, "ab" * 0, "-" * 5], ["x"] * 3, [0] * 0, (1, 2) * 2)
