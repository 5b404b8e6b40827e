# Friend networks as dicts of sets (ids are ints): mutual friends, suggestions, degrees and triangles.

NAMES = ["ann", "bob", "cid", "dot", "eve", "fay", "gus", "hal"]
PAIRS = [(0, 1), (0, 2), (1, 2), (1, 3), (2, 4), (3, 4), (3, 5), (4, 5), (5, 6), (6, 7), (0, 4)]

friends = {i: set() for i in range(len(NAMES))}
for a, b in PAIRS:
    friends[a].add(b)
    friends[b].add(a)
for i in friends:
    print(f"{NAMES[i]}: {sorted(NAMES[j] for j in friends[i])}")


def mutual(a, b):
    return friends[a] & friends[b]


print("ann and dot share:", [NAMES[j] for j in sorted(mutual(0, 3))])
print("bob and eve share:", [NAMES[j] for j in sorted(mutual(1, 4))])

for person in [0, 5, 7]:
    scores = {}
    for f in friends[person]:
        for ff in friends[f]:
            if ff != person and ff not in friends[person]:
                scores[ff] = scores.get(ff, 0) + 1
    suggestions = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    print("suggest for", NAMES[person], [(NAMES[s], n) for s, n in suggestions])

degrees = {i: len(friends[i]) for i in friends}
print("degrees:", degrees)
most = max(degrees, key=lambda i: degrees[i])
print("most connected:", NAMES[most], degrees[most])

triangles = set()
for a in friends:
    for b in friends[a]:
        for c in friends[a] & friends[b]:
            triangles.add(tuple(sorted([a, b, c])))
print("triangles:", sorted(triangles))

reach = {0}
frontier = {0}
rounds = 0
while frontier:
    nxt = set()
    for p in frontier:
        nxt |= friends[p]
    frontier = nxt - reach
    reach |= frontier
    rounds += 1
    print("round", rounds, "newly reached:", sorted(frontier))
print("everyone reached:", reach == set(friends))
lonely = [NAMES[i] for i in friends if len(friends[i]) == 1]
print("one friend only:", lonely)
print("clustering of eve: %.3f" % (sum(1 for t in triangles if 4 in t) / (degrees[4] * (degrees[4] - 1) / 2)))
