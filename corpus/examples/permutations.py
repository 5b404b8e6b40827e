# Permutations, combinations and subsets built recursively with lists, plus next-permutation in place
# and counting checks against factorials and binomials.


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            out.append([items[i]] + tail)
    return out


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]


def next_permutation(xs):
    i = len(xs) - 2
    while i >= 0 and xs[i] >= xs[i + 1]:
        i -= 1
    if i < 0:
        xs.reverse()
        return False
    j = len(xs) - 1
    while xs[j] <= xs[i]:
        j -= 1
    xs[i], xs[j] = xs[j], xs[i]
    xs[i + 1:] = xs[i + 1:][::-1]
    return True


def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)


perms = permutations([1, 2, 3])
print(len(perms), perms)
print("abcd:", len(permutations(list("abcd"))), ["".join(p) for p in permutations(list("abc"))])
print("counts match n!:", all(len(permutations(list(range(n)))) == factorial(n) for n in range(6)))

for k in range(5):
    combos = combinations(list("abcd"), k)
    print(k, len(combos), ["".join(c) for c in combos])
print("subsets of xyz:", subsets(["x", "y", "z"]))
print("subsets of [3, 5, 7, 9] summing to 12:", [s for s in subsets([3, 5, 7, 9]) if sum(s) == 12])

xs = [1, 2, 2, 3]
seen = ["".join(map(str, xs))]
while next_permutation(xs):
    seen.append("".join(map(str, xs)))
print("distinct arrangements of 1223:", len(seen), seen)
print("back to sorted after the last:", xs)

word = list("stop")
anagrams = sorted(set("".join(p) for p in permutations(word)))
print(len(anagrams), "arrangements of stop, e.g.", anagrams[:6])
derangements = [p for p in permutations([0, 1, 2, 3]) if all(p[i] != i for i in range(4))]
print("derangements of 4:", len(derangements), derangements[:3])
hands = combinations(list(range(1, 10)), 3)
print("3-digit sets summing to 15:", [h for h in hands if sum(h) == 15])
