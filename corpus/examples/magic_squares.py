# Magic squares: the Siamese method for odd orders, the doubly-even construction, and a checker.


def siamese(n):
    square = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        square[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if square[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return square


def doubly_even(n):
    square = [[r * n + c + 1 for c in range(n)] for r in range(n)]
    for r in range(n):
        for c in range(n):
            if (r % 4 in (0, 3)) == (c % 4 in (0, 3)):
                square[r][c] = n * n + 1 - square[r][c]
    return square


def sums(square):
    n = len(square)
    rows = [sum(row) for row in square]
    cols = [sum(square[r][c] for r in range(n)) for c in range(n)]
    diags = [sum(square[i][i] for i in range(n)), sum(square[i][n - 1 - i] for i in range(n))]
    return rows, cols, diags


def is_magic(square):
    n = len(square)
    rows, cols, diags = sums(square)
    target = n * (n * n + 1) // 2
    values = sorted(x for row in square for x in row)
    return values == list(range(1, n * n + 1)) and all(s == target for s in rows + cols + diags)


def show(square):
    width = len(str(len(square) ** 2))
    for row in square:
        print("  " + " ".join(str(x).rjust(width) for x in row))


for n in [3, 5, 7]:
    sq = siamese(n)
    print(f"order {n}, magic constant {n * (n * n + 1) // 2}:")
    show(sq)
    print("  magic:", is_magic(sq))

for n in [4, 8]:
    sq = doubly_even(n)
    print(f"order {n}:")
    show(sq)
    print("  magic:", is_magic(sq), sums(sq)[2])

lo_shu = [[4, 9, 2], [3, 5, 7], [8, 1, 6]]
variants = [lo_shu, [row[::-1] for row in lo_shu], lo_shu[::-1], [list(r) for r in zip(lo_shu[0], lo_shu[1], lo_shu[2])]]
print([is_magic(v) for v in variants])
broken = [row[:] for row in lo_shu]
broken[0][0], broken[0][1] = broken[0][1], broken[0][0]
print("swapped two cells:", is_magic(broken), sums(broken))
