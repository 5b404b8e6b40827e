# What sorting and min/max promise: total order on mixed ints and floats, -0.0 equal to 0.0 and kept
# stable, big ints beside floats, code-point order of strings, lexicographic lists and tuples, and the
# first of several equal maxima.

nums = [3, -0.0, 2.5, 0, -7, 2 ** 70, 1e21, -1e-300, 0.0, True, 2, 2.0, -2 ** 64]
print("sorted:", sorted(nums))
print("reversed:", sorted(nums, reverse=True))
print("by abs:", sorted(nums, key=abs))
print("min:", min(nums), "max:", max(nums), "sum:", sum(nums))
print("ties keep input order:", sorted([0.0, 0, -0.0, False]), sorted([2.0, 2, True, 1]))
print("int beside float near 2**53:", sorted([2 ** 53 + 1, float(2 ** 53), 2 ** 53]), 2 ** 53 + 1 > float(2 ** 53))

words = ["banana", "Banana", "apple", "Zebra", "äpfel", "_under", "10", "9", "a", "", "ab", "aB"]
print("code point order:", sorted(words))
print("case folded then original:", sorted(words, key=lambda w: (w.lower(), w)))
print("by length, stable:", sorted(words, key=len))
print("min/max:", repr(min(words)), max(words), min(words, key=len) == "", max(words, key=len))

lists = [[1, 2], [1], [1, 2, 0], [0, 9, 9], [], [1, 1, 5], [2]]
print("lists:", sorted(lists))
tuples = [(1, "b"), (1, "a"), (0, "z"), (1, "a", 0), (1,)]
print("tuples:", sorted(tuples))
print("comparisons:", [1, 2] < [1, 2, 0], (1, 2) < (1, 3), [3] > [2, 9], "abc" < "abd" < "abda", "Z" < "a")

pairs = [("x", 3), ("y", 5), ("z", 5), ("w", 1), ("v", 5)]
print("max returns the first maximal item:", max(pairs, key=lambda p: p[1]))
print("min likewise:", min(pairs, key=lambda p: -p[1]))
print("sorted descending keeps ties in order:", sorted(pairs, key=lambda p: p[1], reverse=True))
print("reverse then sort is different:", sorted(pairs[::-1], key=lambda p: p[1], reverse=True))
print("max of tuples compares the second field on ties:", max(("a", 5), ("b", 5)), min([3, 1, 2], default=0))
print("max of several args:", max(3, 9, 4), min("pear", "fig", "apple"), max([1, 2], [1, 10]), min(0.5, 1))

data = [5, 1, 4, 1, 5, 9, 2, 6]
copy = data[:]
copy.sort()
print("sort() returns None and sorts in place:", copy.sort(), copy, data)
data.sort(key=lambda x: -x)
print("sort by key:", data)
data.sort(reverse=True)
print("reverse:", data, sorted("hello"), sorted((3, 1, 2)), sorted({5: "a", 1: "b"}))
