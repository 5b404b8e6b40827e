# Merge sort and quicksort on lists: slicing, merging, in-place partitioning, counting inversions.

seed = 2024


def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return seed >> 33


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def inversions(xs):
    if len(xs) <= 1:
        return xs[:], 0
    mid = len(xs) // 2
    left, a = inversions(xs[:mid])
    right, b = inversions(xs[mid:])
    out = []
    count = a + b
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            count += len(left) - i
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:], count


def quicksort(xs, lo, hi):
    if lo >= hi:
        return
    pivot = xs[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while xs[i] < pivot:
            i += 1
        while xs[j] > pivot:
            j -= 1
        if i <= j:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
            j -= 1
    quicksort(xs, lo, j)
    quicksort(xs, i, hi)


data = [rand() % 100 for _ in range(20)]
print("data:", data)
print("merge sort:", merge_sort(data))
q = data[:]
quicksort(q, 0, len(q) - 1)
print("quicksort:", q)
print("both equal sorted():", merge_sort(data) == q == sorted(data))
print("inversions:", inversions(data)[1], inversions(sorted(data))[1], inversions(sorted(data, reverse=True))[1])
print("merge of two sorted runs:", merge([1, 4, 9, 12], [2, 3, 10, 11, 13]))

big = [rand() % 10000 for _ in range(3000)]
s1 = merge_sort(big)
s2 = big[:]
quicksort(s2, 0, len(s2) - 1)
print("3000 items sorted alike:", s1 == s2 == sorted(big))
print("smallest five:", s1[:5], "largest five:", s1[-5:])
print("distinct values:", len(set(big)), "inversions:", inversions(big)[1])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words))
w = words[:]
quicksort(w, 0, len(w) - 1)
print(w)
