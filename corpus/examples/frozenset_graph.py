# Frozensets in the roles real programs give them: an undirected graph's edges as a set of
# frozenset pairs (so {a, b} and {b, a} are one edge), a memo table of a Held-Karp tour search keyed
# by (frozenset of visited cities, city), and the lattice of subsets of a small set. Dict and set
# orders of frozenset keys follow CPython's frozenset hash, so they are printed as they come.

edges = set()
for a, b in [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3), (2, 1), (4, 3), (6, 7)]:
    edges.add(frozenset((a, b)))
print(len(edges), "edges:", edges)
print(frozenset({1, 2}) in edges, frozenset({2, 1}) in edges, frozenset({1, 4}) in edges)

nodes = sorted({n for e in edges for n in e})
print("nodes", nodes)
neighbours = {n: frozenset(m for e in edges if n in e for m in e if m != n) for n in nodes}
print(neighbours)

triangles = set()
for e in edges:
    a, b = sorted(e)
    for c in neighbours[a] & neighbours[b]:
        triangles.add(frozenset({a, b, c}))
print("triangles:", sorted(sorted(t) for t in triangles), triangles)

degree = {}
for e in edges:
    for n in e:
        degree[n] = degree.get(n, 0) + 1
print("degrees", degree)

# Held-Karp: shortest tour from city 0 through every city, memoised on (visited, last).
dist = [
    [0, 29, 20, 21, 16],
    [29, 0, 15, 29, 28],
    [20, 15, 0, 15, 14],
    [21, 29, 15, 0, 4],
    [16, 28, 14, 4, 0],
]
n = len(dist)
memo = {}


def best(visited, last):
    key = (visited, last)
    if key in memo:
        return memo[key]
    if len(visited) == n:
        r = dist[last][0]
    else:
        r = min(dist[last][c] + best(visited | {c}, c) for c in range(n) if c not in visited)
    memo[key] = r
    return r


start = frozenset({0})
print("tour length", best(start, 0), "memo entries", len(memo))
print("first entries", list(memo.items())[:6])
full = frozenset(range(n))
print(sum(1 for v, c in memo if v == full), "entries with every city visited")

# The subset lattice of {0, 1, 2, 3}: every subset and the subsets covering it.
base = frozenset(range(4))
subsets = {frozenset()}
for x in sorted(base):
    subsets |= {s | {x} for s in subsets}
print(len(subsets), "subsets")
by_size = sorted(subsets, key=lambda s: (len(s), sorted(s)))
for s in by_size:
    covers = [t for t in subsets if s < t and len(t) == len(s) + 1]
    print("".join(str(x) for x in sorted(s)) or "{}", "->", " ".join("".join(str(x) for x in sorted(t)) for t in sorted(covers, key=lambda t: sorted(t))))
print(all(s <= base for s in subsets), sum(len(s) for s in subsets))
rank = {s: len(s) for s in subsets}
print([rank[s] for s in list(rank)[:8]], list(rank)[:5])
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([(1, 2), (3, 4)])))
print(hash(frozenset({frozenset({1}), frozenset({2})})) == hash(frozenset([frozenset([2]), frozenset([1])])))
