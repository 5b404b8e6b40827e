# Checking and solving a sudoku: rows, columns and boxes as lists, candidates, backtracking search.
# corpus-engine: compiler

PUZZLE = """530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079"""

grid = [[int(ch) for ch in line] for line in PUZZLE.splitlines()]


def row_values(g, r):
    return [x for x in g[r] if x]


def col_values(g, c):
    return [g[r][c] for r in range(9) if g[r][c]]


def box_values(g, r, c):
    br, bc = r - r % 3, c - c % 3
    return [g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3) if g[i][j]]


def candidates(g, r, c):
    used = row_values(g, r) + col_values(g, c) + box_values(g, r, c)
    return [v for v in range(1, 10) if v not in used]


def valid(g):
    groups = [row_values(g, i) for i in range(9)] + [col_values(g, i) for i in range(9)]
    groups += [box_values(g, r, c) for r in (0, 3, 6) for c in (0, 3, 6)]
    return all(len(group) == len(set(group)) for group in groups)


calls = 0


def solve(g):
    global calls
    calls += 1
    best = None
    best_options = []
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                options = candidates(g, r, c)
                if best is None or len(options) < len(best_options):
                    best = (r, c)
                    best_options = options
    if best is None:
        return True
    r, c = best
    for v in best_options:
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False


print("givens:", sum(1 for row in grid for x in row if x), "valid:", valid(grid))
print("candidates at (0, 2):", candidates(grid, 0, 2), "at (4, 4):", candidates(grid, 4, 4))
print("solved:", solve(grid), "calls:", calls)
for r, row in enumerate(grid):
    line = " ".join(str(x) for x in row)
    print(line[:5] + " | " + line[6:11] + " | " + line[12:])
    if r in (2, 5):
        print("-" * 6 + "+" + "-" * 7 + "+" + "-" * 6)
print("valid:", valid(grid), "rows sum to 45:", all(sum(row) == 45 for row in grid))
grid[0][0], grid[0][1] = grid[0][1], grid[0][0]
print("after a swap valid:", valid(grid))
