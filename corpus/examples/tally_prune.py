# A tally that is pruned and re-keyed while it is read: words are counted, rare words are folded
# into numbered buckets during the walk. Which walks survive depends on CPython's dict layout: a
# table built for str keys is rebuilt when the first int key arrives, popitem() hands back the
# last entry, and reversed() walks from the last entry towards the first.


def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def fold_rare(counts, limit):
    """Replace each rare word, met in a walk, by the bucket of its length."""
    walked = []
    for word in list(counts):
        walked.append(word)
    for word in counts:
        if isinstance(word, str) and counts[word] < limit:
            n = counts.pop(word)
            counts[len(word)] = counts.get(len(word), 0) + n
            return walked, word
    return walked, None


text = "the cat and the dog and the bird saw the cat".split()
counts = tally(text)
print(counts)
print(fold_rare(counts, 2), counts)

# Four str keys, then an int key: the table of 8 is rebuilt as a table of 16 before the int goes
# in, so the walk below can refill a freed key without a rebuild and meets the new key.
small = tally("a b c d".split())
small[5] = 0
order = []
for key in reversed(small):
    order.append(key)
    if key == "c":
        small.pop("a")
        small["e"] = 1
print(order, small)

# Walking the newest entries first while evicting the newest with popitem(): after each eviction
# a replacement goes in, in the position popitem() freed.
recent = tally("x y z w".split())
seen = []
for key, value in reversed(recent.items()):
    seen.append(key)
    if key == "z":
        recent.popitem()
        recent["v"] = value
print(seen, recent)

# A forward walk over values() that adds a bucket on the way: the size changed, and the next
# step says so.
for n in counts.values():
    if n > 2:
        counts.setdefault(99, n)
