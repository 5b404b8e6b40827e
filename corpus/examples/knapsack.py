# 0/1 knapsack by dynamic programming on a 2-D list table, item reconstruction, and a greedy comparison.

ITEMS = [("tent", 5, 60), ("stove", 3, 50), ("rope", 1, 15), ("camera", 2, 70), ("food", 4, 80),
         ("water", 3, 45), ("book", 1, 10), ("jacket", 2, 30)]


def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        _, weight, value = items[i - 1]
        for c in range(capacity + 1):
            table[i][c] = table[i - 1][c]
            if weight <= c and table[i - 1][c - weight] + value > table[i][c]:
                table[i][c] = table[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][capacity], chosen[::-1], table


def greedy(items, capacity):
    ranked = sorted(items, key=lambda it: it[2] / it[1], reverse=True)
    total = 0
    picked = []
    for name, weight, value in ranked:
        if weight <= capacity:
            capacity -= weight
            total += value
            picked.append(name)
    return total, picked


for capacity in [0, 3, 7, 10, 15, 21]:
    best, chosen, _ = knapsack(ITEMS, capacity)
    g, picked = greedy(ITEMS, capacity)
    print(f"capacity {capacity:>2}: best {best:>3} {chosen}  greedy {g:>3}")

_, _, table = knapsack(ITEMS[:4], 6)
print("table for the first four items, capacity 0..6:")
for row in table:
    print("  " + " ".join(f"{x:>3}" for x in row))

weights = [w for _, w, _ in ITEMS]
reachable = {0}
for w in weights:
    reachable = reachable | {r + w for r in reachable}
print("reachable weights:", sorted(reachable))
ways = [1] + [0] * 21
for w in weights:
    for c in range(21, w - 1, -1):
        ways[c] += ways[c - w]
print("subsets by total weight:", ways)
