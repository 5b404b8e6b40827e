# Conway's game of life on a small torus of nested lists: a glider, a blinker and population counts.
# corpus-engine: compiler

ROWS, COLS = 10, 12


def empty():
    return [[0] * COLS for _ in range(ROWS)]


def place(grid, cells, top, left):
    for r, c in cells:
        grid[(top + r) % ROWS][(left + c) % COLS] = 1


def neighbours(grid, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                total += grid[(r + dr) % ROWS][(c + dc) % COLS]
    return total


def step(grid):
    new = empty()
    for r in range(ROWS):
        for c in range(COLS):
            n = neighbours(grid, r, c)
            if n == 3 or (n == 2 and grid[r][c]):
                new[r][c] = 1
    return new


def show(grid):
    for row in grid:
        print("".join("#" if x else "." for x in row))


def population(grid):
    return sum(sum(row) for row in grid)


grid = empty()
place(grid, [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 0, 0)
place(grid, [(0, 0), (0, 1), (0, 2)], 6, 7)
show(grid)
history = [population(grid)]
for gen in range(1, 13):
    grid = step(grid)
    history.append(population(grid))
    if gen % 4 == 0:
        print("generation", gen)
        show(grid)
print("populations:", history)

live = [(r, c) for r in range(ROWS) for c in range(COLS) if grid[r][c]]
print("live cells:", live)
top = min(r for r, _ in live)
left = min(c for _, c in live)
print("bounding box from", (top, left), "to", (max(r for r, _ in live), max(c for _, c in live)))

block = empty()
place(block, [(0, 0), (0, 1), (1, 0), (1, 1)], 4, 4)
print("block is still life:", step(block) == block)
blinker = empty()
place(blinker, [(0, 0), (0, 1), (0, 2)], 2, 2)
print("blinker has period 2:", step(step(blinker)) == blinker, step(blinker) != blinker)

seen = {}
g = empty()
place(g, [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)], 4, 5)
for gen in range(200):
    key = tuple(tuple(row) for row in g)
    if key in seen:
        print("r-pentomino repeats: generation", gen, "equals", seen[key])
        break
    seen[key] = gen
    g = step(g)
print("population then:", population(g))
