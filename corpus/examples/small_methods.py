# Smaller methods of the built-in types: float.is_integer, int.bit_count, str.removeprefix and
# removesuffix, and list.sort on a list reached through a value of mixed type.

print((0.5).is_integer(), (2.0).is_integer(), float("inf").is_integer(), (7).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count())
print("unhappy".removeprefix("un"), "unhappy".removeprefix(""), "report.txt".removesuffix(".txt"), "a".removesuffix("abc"))
d = {"a": [3, 1, 2], "b": "x"}
d["a"].sort()
d["a"].sort(reverse=True, key=lambda v: v % 3)
print(d)
words = {"w": ["pear", "Fig", "apple"], "n": 3}
words["w"].sort(key=str.lower)
print(words)
