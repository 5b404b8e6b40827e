# Garbage-collector workout: builds and drops many binary trees while one long-lived tree stays.
# Part one is the classic binary-trees shape (nodes are 2-tuples, leaves are (None, None)); part two
# is a rope of pages (leaves hold a list of 1024 ints). Over the run about 1.65 GB is allocated
# (in a layout of an 8-byte header plus 8 bytes per slot: 196608 pages of 8 KB are 1.6 GB, the
# tuples add about 40 MB) while at most one tree of each kind is live besides the long-lived one:
# a rope of depth 11 (16 MB of pages) or a tuple tree of depth 16.
# corpus-engine: compiler

PAGE = 1024


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def count(node):
    if node[0] is None:
        return 1
    return 1 + count(node[0]) + count(node[1])


def rope(depth, seed):
    # Bottom-up: a level of leaves, then pairs of the level below until one root is left.
    level = [(None, None, [s] * PAGE, s * PAGE) for s in range(seed, seed + (1 << depth))]
    while len(level) > 1:
        level = [(level[i], level[i + 1], None, level[i][3] + level[i + 1][3])
                 for i in range(0, len(level), 2)]
    return level[0]


def walk(node, path, out):
    # Collects (path, first value, page sum) for every leaf, left to right.
    if node[2] is not None:
        out.append((path, node[2][0], sum(node[2])))
        return
    walk(node[0], path + "L", out)
    walk(node[1], path + "R", out)


def expected(depth, seed):
    return PAGE * sum(range(seed, seed + (1 << depth)))


long_lived = make(12)
print("long-lived tree of depth 12:", count(long_lived), "nodes")

max_depth = 16
depth = 4
while depth <= max_depth:
    iterations = 1 << (max_depth - depth)
    checked = 0
    for i in range(iterations):
        checked += count(make(depth))
    print(iterations, "trees of depth", depth, "check:", checked)
    depth += 2

leaves = []
walk(rope(3, 5), "", leaves)
for path, first, total in leaves:
    print("leaf", path, "starts with", first, "sums to", total)

kept = rope(4, 1000)
pages = 0
mismatches = 0
for round_number in range(128):
    depth = 10 + round_number % 2
    seed = round_number * 7
    root = rope(depth, seed)
    pages += 1 << depth
    if root[3] != expected(depth, seed):
        mismatches += 1
    if round_number % 7 == 0:
        print("round", round_number, "depth", depth, "root total", root[3], "pages so far", pages)
print("mismatched roots:", mismatches)
print("pages built:", pages, "megabytes of page slots:", pages * PAGE * 8 // 1000000)
print("kept rope still sums to", kept[3], kept[3] == expected(4, 1000))
print("long-lived tree still has", count(long_lived), "nodes")
