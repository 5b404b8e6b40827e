# Sliding windows over lists and strings: moving sums, maximum windows, longest unique substrings.

temps = [12, 14, 9, 17, 21, 19, 15, 11, 13, 22, 25, 24, 18, 16]


def moving_sums(xs, k):
    out = []
    s = sum(xs[:k])
    out.append(s)
    for i in range(k, len(xs)):
        s += xs[i] - xs[i - k]
        out.append(s)
    return out


def window_max(xs, k):
    dq = []
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


for k in [1, 3, 5]:
    sums = moving_sums(temps, k)
    print(f"k={k}: sums {sums}")
    print(f"     means {[round(s / k, 2) for s in sums]}")
    print(f"     max   {window_max(temps, k)}")
print("brute force agrees:", window_max(temps, 4) == [max(temps[i:i + 4]) for i in range(len(temps) - 3)])

best = max(range(len(temps) - 2), key=lambda i: sum(temps[i:i + 3]))
print("warmest 3 days start at", best, temps[best:best + 3])


def longest_unique(s):
    last = {}
    start = 0
    best = (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]


for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "the quick brown fox"]:
    print(repr(s), "->", repr(longest_unique(s)))


def min_window_sum(xs, target):
    lo = 0
    total = 0
    best = len(xs) + 1
    for hi, x in enumerate(xs):
        total += x
        while total >= target:
            best = min(best, hi - lo + 1)
            total -= xs[lo]
            lo += 1
    return best if best <= len(xs) else 0


for target in [7, 40, 60, 100, 300]:
    print("shortest run summing to at least", target, ":", min_window_sum(temps, target))
text = "abracadabra"
grams = {}
for i in range(len(text) - 2):
    g = text[i:i + 3]
    grams[g] = grams.get(g, 0) + 1
print("trigrams:", grams)
