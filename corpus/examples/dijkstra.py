# Dijkstra's shortest paths with a hand-written binary heap on a list; routes rebuilt from parents.

ROADS = """A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
F G 3
G E 1
H I 4"""

graph = {}
for line in ROADS.splitlines():
    u, v, w = line.split()
    graph.setdefault(u, []).append((v, int(w)))
    graph.setdefault(v, []).append((u, int(w)))


def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            smallest = i
            for child in [2 * i + 1, 2 * i + 2]:
                if child < len(heap) and heap[child] < heap[smallest]:
                    smallest = child
            if smallest == i:
                break
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest
    return top


def shortest(source):
    dist = {source: 0}
    parent = {source: ""}
    heap = [(0, source)]
    pops = 0
    while heap:
        d, node = pop(heap)
        pops += 1
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                parent[nxt] = node
                push(heap, (nd, nxt))
    return dist, parent, pops


dist, parent, pops = shortest("A")
print("heap pops:", pops)
for node in sorted(graph):
    if node in dist:
        route = [node]
        while parent[route[-1]]:
            route.append(parent[route[-1]])
        print(f"{node}: {dist[node]:>3}  {' > '.join(reversed(route))}")
    else:
        print(f"{node}: unreachable")

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 2, 6]:
    push(heap, x)
print("heap array:", heap)
print("heapsort:", [pop(heap) for _ in range(9)])

table = {}
for s in ["A", "D", "G"]:
    d, _, _ = shortest(s)
    table[s] = d
print("     " + "".join(f"{t:>4}" for t in "ABCDEFG"))
for s in table:
    print(f"{s:>4} " + "".join(f"{table[s].get(t, -1):>4}" for t in "ABCDEFG"))
far = max(dist, key=lambda n: dist[n])
print("farthest from A:", far, dist[far])
