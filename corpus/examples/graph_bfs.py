# Breadth-first search over adjacency lists in a dict: distances, shortest paths, components, grid mazes.

EDGES = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"),
         ("c", "g"), ("g", "h"), ("x", "y"), ("y", "z"), ("h", "f")]

graph = {}
for u, v in EDGES:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in sorted(graph):
    print(node, "->", sorted(graph[node]))


def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in sorted(graph[node]):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent


def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]


dist, parent = bfs("a")
print("order:", list(dist))
print("distances:", dist)
for target in ["f", "h", "e"]:
    print("path to", target, "=", "-".join(path(parent, target)))

seen = []
components = []
for node in sorted(graph):
    if node not in seen:
        d, _ = bfs(node)
        members = sorted(d)
        seen.extend(members)
        components.append(members)
print("components:", components)

MAZE = ["S.#.......",
        ".##.####.#",
        "....#....#",
        "#.#.#.##..",
        "..#...#..E"]
rows, cols = len(MAZE), len(MAZE[0])
start = end = (0, 0)
for r in range(rows):
    for c in range(cols):
        if MAZE[r][c] == "S":
            start = (r, c)
        elif MAZE[r][c] == "E":
            end = (r, c)
steps = {start: 0}
queue = [start]
while queue:
    r, c = queue.pop(0)
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            queue.append((nr, nc))
print("maze steps to exit:", steps.get(end, -1), "cells reached:", len(steps))
for r in range(rows):
    print("".join(str(steps[(r, c)] % 10) if (r, c) in steps else "#" for c in range(cols)))
