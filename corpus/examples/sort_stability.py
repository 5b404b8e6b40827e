# Stability of sorted and list.sort: equal keys keep their input order, reverse=True included.

cards = [("7", "hearts"), ("K", "spades"), ("7", "clubs"), ("2", "hearts"), ("K", "hearts"),
         ("2", "spades"), ("7", "spades"), ("A", "clubs"), ("2", "clubs"), ("A", "hearts")]
RANK = {"2": 2, "7": 7, "K": 13, "A": 14}

by_rank = sorted(cards, key=lambda c: RANK[c[0]])
print("by rank:", by_rank)
print("by rank, descending:", sorted(cards, key=lambda c: RANK[c[0]], reverse=True))

tagged = [(RANK[c[0]], i, c) for i, c in enumerate(cards)]
manual = [c for _, _, c in sorted(tagged)]
print("stable matches index-tagged sort:", manual == by_rank)

suits_first = sorted(sorted(cards, key=lambda c: RANK[c[0]]), key=lambda c: c[1])
print("suit then rank:", suits_first)

items = ["bb", "a", "ccc", "dd", "e", "fff", "g", "hh"]
copy = items[:]
copy.sort(key=len)
print("list.sort by len:", copy)
copy = items[:]
copy.sort(key=len, reverse=True)
print("reversed by len:", copy)
print("reverse=True is not reversed():", copy != list(reversed(sorted(items, key=len))))
print("reversed(sorted):", list(reversed(sorted(items, key=len))))


def insertion_sort(xs, by_length):
    # Moves an item left only past strictly greater keys, which is what keeps equal keys in order.
    out = []
    for x in xs:
        i = len(out)
        while i > 0 and (len(out[i - 1]) > len(x) if by_length else out[i - 1] > x):
            i -= 1
        out.insert(i, x)
    return out


print("insertion sort is stable too:", insertion_sort(items, True) == sorted(items, key=len))
print(insertion_sort(["5", "2", "9", "1", "5", "6"], False))

runs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (0, "f")]
print(sorted(runs, key=lambda p: p[0]))
print(sorted(runs, key=lambda p: p[0], reverse=True))
values = [3, 1, 2]
values.sort()
values.reverse()
print(values, sorted("stability"), "".join(sorted("stability", reverse=True)))
