# zip() takes one item from each iterable in turn: given the same iterator twice it pairs consecutive
# items; the first exhausted iterable ends it, after earlier ones gave up an item.

it = iter([1, 2, 3, 4])
for a, b in zip(it, it):
    print(a, b)
it2 = iter("abcdef")
print(list(zip(it2, it2, it2)))
it3 = iter(range(6))
print(dict(zip(it3, it3)))
it4 = iter([10, 20, 30])
print(list(zip(it4, [1, 2, 3], it4)), list(it4))
names = ["a", "b", "c"]
print([f"{n}{i}" for n, i in zip(names, range(10))], list(zip(names, names)), list(zip()))
short = iter([1])
longer = iter([5, 6, 7])
print(list(zip(longer, short)), list(longer))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), list(zip([1, 2], "xy", (True, None))))
