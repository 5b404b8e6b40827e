# Histograms: bucketing generated data into dict counts, printing bars, cumulative sums and a median.

seed = 12345


def next_random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def roll():
    return (next_random() >> 16) % 6 + 1


sums = {}
for i in range(3000):
    total = roll() + roll()
    sums[total] = sums.get(total, 0) + 1
print("two dice, 3000 throws:")
for total in range(2, 13):
    n = sums.get(total, 0)
    print(f"{total:>3} {n:>4} {'*' * (n // 20)}")
print("most common:", max(sums, key=lambda t: sums[t]))

values = [((next_random() >> 8) % 1000) / 10 for i in range(500)]
buckets = [0] * 10
for v in values:
    buckets[min(int(v // 10), 9)] += 1
print(buckets, sum(buckets))
cumulative = []
running = 0
for b in buckets:
    running += b
    cumulative.append(running)
print("cumulative:", cumulative)

ordered = sorted(values)
mid = len(ordered) // 2
median = (ordered[mid - 1] + ordered[mid]) / 2
print("min", ordered[0], "max", ordered[-1], "median", median)
print("mean %.3f" % (sum(values) / len(values)))

letters = {}
for ch in "the rain in spain stays mainly in the plain":
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
width = max(letters.values())
for row in range(width, 0, -1):
    print("".join("#" if letters[ch] >= row else " " for ch in sorted(letters)))
print("".join(sorted(letters)))

lengths = {}
for word in "a bb ccc dd e fff gggg hh iii jjjjj k".split():
    lengths.setdefault(len(word), []).append(word)
print({k: lengths[k] for k in sorted(lengths)})
