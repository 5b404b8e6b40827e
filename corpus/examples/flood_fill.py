# Flood fill on a character grid: recursive and queue-based fills, counting regions and their sizes.

PICTURE = [
    "..........##........",
    ".####.....##..####..",
    ".#..#.........#..#..",
    ".####....###..####..",
    ".........#.#........",
    "..###....###...##...",
    "..#.#.........#..#..",
    "..###..........##...",
]


def to_grid(lines):
    return [list(line) for line in lines]


def fill_recursive(grid, r, c, old, new):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    count = 1
    for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
        count += fill_recursive(grid, r + dr, c + dc, old, new)
    return count


def fill_queue(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    queue = [(r, c)]
    grid[r][c] = new
    count = 0
    while queue:
        r, c = queue.pop()
        count += 1
        for nr, nc in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]:
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == old:
                grid[nr][nc] = new
                queue.append((nr, nc))
    return count


grid = to_grid(PICTURE)
print("outside background cells:", fill_recursive(grid, 0, 0, ".", " "))
for row in grid:
    print("".join(row))

grid = to_grid(PICTURE)
sizes = []
label = 0
marks = "abcdefghijklmnopqrstuvwxyz"
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == "#":
            sizes.append(fill_queue(grid, r, c, marks[label]))
            label += 1
print("shapes:", label, "sizes:", sizes)
for row in grid:
    print("".join(row))

holes = 0
grid = to_grid(PICTURE)
fill_queue(grid, 0, 0, " ")
hole_sizes = []
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == ".":
            hole_sizes.append(fill_queue(grid, r, c, "o"))
print("enclosed holes:", len(hole_sizes), sorted(hole_sizes, reverse=True))
print("\n".join("".join(row) for row in grid))
counts = {}
for row in grid:
    for ch in row:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
