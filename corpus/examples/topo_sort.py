# Topological sorting of build steps: Kahn's algorithm with in-degree dicts, DFS order, cycle report.

DEPENDS = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
    "docs": ["app"],
}


def kahn(deps):
    indegree = {n: len(d) for n, d in deps.items()}
    users = {n: [] for n in deps}
    for n, d in deps.items():
        for m in d:
            users[m].append(n)
    ready = sorted(n for n in deps if indegree[n] == 0)
    order = []
    rounds = []
    while ready:
        rounds.append(list(ready))
        next_ready = []
        for n in ready:
            order.append(n)
            for u in users[n]:
                indegree[u] -= 1
                if indegree[u] == 0:
                    next_ready.append(u)
        ready = sorted(next_ready)
    stuck = sorted(n for n in deps if indegree[n] > 0)
    return order, rounds, stuck


order, rounds, stuck = kahn(DEPENDS)
print("order:", order)
for i, r in enumerate(rounds):
    print("stage", i, r)
print("stuck:", stuck)

position = {n: i for i, n in enumerate(order)}
print("valid:", all(position[m] < position[n] for n in DEPENDS for m in DEPENDS[n]))

done = []


def dfs(node):
    if node in done:
        return
    for m in sorted(DEPENDS[node]):
        dfs(m)
    done.append(node)


for n in sorted(DEPENDS):
    dfs(n)
print("dfs order:", done)

depth = {}
for n in order:
    depth[n] = 1 + max([depth[m] for m in DEPENDS[n]], default=-1)
print("depth:", depth)
print("critical path length:", max(depth.values()) + 1)

cyclic = dict(DEPENDS)
cyclic["core"] = ["docs"]
order2, rounds2, stuck2 = kahn(cyclic)
print("with a cycle, built:", order2)
print("stuck in the cycle:", stuck2)

courses = [(1, 0), (2, 0), (3, 1), (3, 2), (4, 3), (5, 4), (5, 2)]
n = 6
after = [[] for _ in range(n)]
need = [0] * n
for course, pre in courses:
    after[pre].append(course)
    need[course] += 1
queue = [c for c in range(n) if need[c] == 0]
taken = []
while queue:
    c = queue.pop(0)
    taken.append(c)
    for d in after[c]:
        need[d] -= 1
        if need[d] == 0:
            queue.append(d)
print("course plan:", taken, len(taken) == n)
