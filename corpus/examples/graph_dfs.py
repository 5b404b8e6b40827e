# Depth-first search: recursive and with an explicit list stack, cycle detection, bipartite check.

graph = {
    1: [2, 3],
    2: [4],
    3: [4, 5],
    4: [6],
    5: [6, 7],
    6: [],
    7: [3],
    8: [9],
    9: [],
}

visited_order = []


def dfs(node, seen):
    seen.append(node)
    visited_order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)


dfs(1, [])
print("recursive order:", visited_order)


def dfs_stack(start):
    seen = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        for nxt in reversed(graph[node]):
            if nxt not in seen:
                stack.append(nxt)
    return seen


print("stack order:", dfs_stack(1))
print("from 8:", dfs_stack(8))

WHITE, GREY, BLACK = 0, 1, 2
colour = {n: WHITE for n in graph}
cycle_edges = []
finish = []


def visit(node):
    colour[node] = GREY
    for nxt in graph[node]:
        if colour[nxt] == GREY:
            cycle_edges.append((node, nxt))
        elif colour[nxt] == WHITE:
            visit(nxt)
    colour[node] = BLACK
    finish.append(node)


for n in sorted(graph):
    if colour[n] == WHITE:
        visit(n)
print("back edges (cycles):", cycle_edges)
print("finish order:", finish)


def all_paths(node, target, path, out):
    path = path + [node]
    if node == target:
        out.append(path)
        return
    for nxt in graph[node]:
        if nxt not in path:
            all_paths(nxt, target, path, out)


paths = []
all_paths(1, 6, [], paths)
for p in sorted(paths, key=len):
    print(len(p) - 1, "->".join(str(x) for x in p))

undirected = {0: [1, 3], 1: [0, 2], 2: [1, 3], 3: [0, 2, 4], 4: [3, 5], 5: [4]}
side = {0: 0}
stack = [0]
ok = True
while stack:
    n = stack.pop()
    for m in undirected[n]:
        if m not in side:
            side[m] = 1 - side[n]
            stack.append(m)
        elif side[m] == side[n]:
            ok = False
print("bipartite:", ok, sorted(side.items()))
undirected[5].append(3)
undirected[3].append(5)
side = {0: 0}
stack = [0]
ok = True
while stack:
    n = stack.pop()
    for m in undirected[n]:
        if m not in side:
            side[m] = 1 - side[n]
            stack.append(m)
        elif side[m] == side[n]:
            ok = False
print("after adding 3-5:", ok)
