# Sets and dicts whose order depends on CPython's hash functions for floats and tuples (both fixed, unlike
# str hashes): sets of float values, of coordinate tuples and of nested tuples print in table order.

floats = {0.5, 1.5, 2.25, -0.75, 1e100, 3.0, 0.1}
print("floats:", floats)
print("halves:", {k / 2 for k in range(-6, 7)})
print("tenths:", {round(k * 0.1, 1) for k in range(12)})
print("floats equal to ints hash alike:", {2.0, 1, 3.0, 4}, {1e16, 2 ** 60, 0.25})

points = {(0, 0), (1, 0), (0, 1), (1, 1), (2, 3), (-1, -1), (10, -4)}
print("points:", points)
grid = {(r, c) for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print("chequered cells:", grid)
moves = set()
for dr, dc in [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]:
    moves.add((4 + dr, 4 + dc))
print("knight moves from (4, 4):", moves)
print("nested tuples:", {((1, 2), 3), ((1,), (2, 3)), (1, (2, 3)), ()})
print("mixed tuples:", {(1, 2.5), (0.5, 0), (3, -1.0)})

visited = set()
frontier = [(0, 0)]
while frontier and len(visited) < 12:
    cell = frontier.pop(0)
    if cell in visited:
        continue
    visited.add(cell)
    r, c = cell
    frontier += [(r + 1, c), (r, c + 1)]
print("visited in table order:", visited)
print("sorted for comparison:", sorted(visited))
print("list() keeps table order:", list(visited)[:5], "pop:", visited.pop(), visited.pop())
by_sum = {}
for r, c in sorted(grid | moves):
    by_sum.setdefault(r + c, set()).add((r, c))
print("grouped by coordinate sum:", by_sum)
print("union and intersection:", points | {(5, 5), (0, 0)}, points & {(2, 3), (1, 1), (9, 9)})
