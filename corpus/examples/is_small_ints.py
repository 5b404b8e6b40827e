# 'is' between ints: CPython keeps one object per int from -5 to 256, so equal ones there are the
# same object however each was made; unequal values are never the same object.
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
total = sum(counts.values())
print(total is 6, counts["a"] is 3, len("abc") is 3, 255 + 1 is 256, -5 is 0 - 5)
print(total is 7, counts["b"] is not 2, [x for x in range(129) if x * 2 is x + x][-1])
seen = [n for n in range(-5, 10) if n - 0 is n]
print(seen)
