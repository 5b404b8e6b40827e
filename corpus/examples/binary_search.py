# Binary search on sorted lists: leftmost and rightmost positions, insertion points, searching answers.


def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort(xs, value):
    xs.insert(upper_bound(xs, value), value)


data = [1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34]
print("data:", data)
for t in [0, 1, 3, 4, 8, 21, 34, 40]:
    lo, hi = lower_bound(data, t), upper_bound(data, t)
    found = lo < len(data) and data[lo] == t
    print(f"{t:>3}: found={str(found):<5} first={lo:>2} end={hi:>2} count={hi - lo} list.count={data.count(t)}")

xs = []
for v in [50, 20, 80, 20, 10, 90, 60, 50, 30]:
    insort(xs, v)
    print("insert", v, "->", xs)
print("same as sorted():", xs == sorted([50, 20, 80, 20, 10, 90, 60, 50, 30]))


def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 100]:
    r = isqrt(n)
    print("isqrt", n, "=", r, r * r <= n < (r + 1) ** 2)

words = sorted("pear apple fig banana cherry kiwi grape lemon mango".split())
print(words)
for w in ["fig", "orange", "apple", "zucchini"]:
    i = lower_bound(words, w)
    print(w, "at", i, "present" if i < len(words) and words[i] == w else "absent")

grades = [60, 70, 80, 90]
letters = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 100, 60, 59]
print([letters[upper_bound(grades, s)] for s in scores])
print("index of 13:", data.index(13), "position by search:", lower_bound(data, 13))
