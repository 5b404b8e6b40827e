# Union-find with path compression and union by size on lists; Kruskal's minimum spanning tree.

parent = list(range(10))
size = [1] * 10


def find(x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root


def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if size[ra] < size[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    size[ra] += size[rb]
    return True


for a, b in [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 3), (8, 9)]:
    merged = union(a, b)
    print(f"union({a}, {b}) {'merged' if merged else 'already joined'}; parent={parent}")

groups = {}
for x in range(10):
    groups.setdefault(find(x), []).append(x)
print("groups:", sorted(groups.values()))
print("sizes:", sorted([size[r] for r in groups], reverse=True))
print("same(2, 0):", find(2) == find(0), "same(4, 8):", find(4) == find(8))

EDGES = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
names = sorted(set([u for _, u, _ in EDGES] + [v for _, _, v in EDGES]))
index = {name: i for i, name in enumerate(names)}
parent = list(range(len(names)))
size = [1] * len(names)
tree = []
for w, u, v in sorted(EDGES):
    if union(index[u], index[v]):
        tree.append((u, v, w))
        print("take", u + v, w)
    else:
        print("skip", u + v, w)
print("tree weight:", sum(w for _, _, w in tree), "edges:", len(tree))

parent = list(range(30))
size = [1] * 30
for i in range(30):
    for j in range(i + 1, 30):
        if (i * j) % 7 == 1:
            union(i, j)
roots = sorted(set(find(x) for x in range(30)))
print("components of i*j%7==1:", len(roots))
print([sorted(x for x in range(30) if find(x) == r) for r in roots][:4])
