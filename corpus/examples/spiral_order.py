# Spiral traversals of nested lists: reading a matrix in spiral order and writing numbers in a spiral.


def spiral(m):
    out = []
    if not m:
        return out
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(m[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                out.append(m[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(m[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out


def spiral_peel(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        if m:
            m = [[row[c] for row in m] for c in range(len(m[0]) - 1, -1, -1)]
    return out


def fill(n):
    grid = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


for rows, cols in [(3, 3), (3, 4), (4, 3), (1, 5), (5, 1), (2, 2)]:
    m = [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]
    s = spiral(m)
    print(f"{rows}x{cols}:", s, s == spiral_peel(m))

for n in [1, 4, 5]:
    print("spiral fill", n)
    for row in fill(n):
        print("  " + " ".join(f"{x:2d}" for x in row))

g = fill(6)
print("reading the fill back in spiral order:", spiral(g) == list(range(1, 37)))
print("diagonals:", [g[i][i] for i in range(6)], [g[i][5 - i] for i in range(6)])
letters = [list("SPIR"), list("LORA"), list("ERDL"), list("WOEY")]
print("".join(spiral(letters)))
