# Counting sort, radix sort and bucket sort on lists of ints, checked against sorted().

seed = 7


def rand(n):
    global seed
    seed = (seed * 48271) % 2147483647
    return seed % n


def counting_sort(xs, top):
    counts = [0] * (top + 1)
    for x in xs:
        counts[x] += 1
    out = []
    for value, n in enumerate(counts):
        out.extend([value] * n)
    return out


def radix_sort(xs, base):
    out = xs[:]
    digit = 1
    passes = 0
    while max(out) // digit > 0:
        buckets = [[] for _ in range(base)]
        for x in out:
            buckets[(x // digit) % base].append(x)
        out = [x for b in buckets for x in b]
        digit *= base
        passes += 1
    return out, passes


def bucket_sort(values, n_buckets):
    buckets = [[] for _ in range(n_buckets)]
    for v in values:
        buckets[min(int(v * n_buckets), n_buckets - 1)].append(v)
    sizes = [len(b) for b in buckets]
    for b in buckets:
        b.sort()
    return [v for b in buckets for v in b], sizes


small = [rand(10) for _ in range(30)]
print("small:", small)
print("counting:", counting_sort(small, 9))
print("agrees:", counting_sort(small, 9) == sorted(small))
tally = [small.count(d) for d in range(10)]
print("tally:", tally, sum(tally))

wide = [rand(100000) for _ in range(400)]
for base in [2, 10, 16, 256]:
    result, passes = radix_sort(wide, base)
    print(f"radix base {base:>3}: {passes:>2} passes, sorted: {result == sorted(wide)}")
print("first and last:", sorted(wide)[:4], sorted(wide)[-4:])

fractions = [rand(1000) / 1000 for _ in range(40)]
ordered, sizes = bucket_sort(fractions, 8)
print("bucket sizes:", sizes)
print("bucket sort agrees:", ordered == sorted(fractions))
print("smallest:", ordered[:5])

ages = [rand(90) + 10 for _ in range(200)]
decades = {}
for a in ages:
    decades[a // 10 * 10] = decades.get(a // 10 * 10, 0) + 1
for d in sorted(decades):
    print(f"{d}s {decades[d]:>3} {'=' * (decades[d] // 2)}")
print("median age:", sorted(ages)[100], "mode:", max(range(10, 100), key=lambda a: (ages.count(a), -a)))
