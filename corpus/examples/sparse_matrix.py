# Sparse matrices as dicts keyed by (row, col) tuples: building, adding, multiplying, transposing and
# converting to dense nested lists.


def from_dense(rows):
    return {(r, c): v for r, row in enumerate(rows) for c, v in enumerate(row) if v != 0}


def to_dense(m, n_rows, n_cols):
    return [[m.get((r, c), 0) for c in range(n_cols)] for r in range(n_rows)]


def add(a, b):
    out = dict(a)
    for key, v in b.items():
        total = out.get(key, 0) + v
        if total:
            out[key] = total
        else:
            out.pop(key, None)
    return out


def multiply(a, b):
    by_row = {}
    for (r, c), v in b.items():
        by_row.setdefault(r, []).append((c, v))
    out = {}
    for (r, k), v in a.items():
        for c, w in by_row.get(k, []):
            out[(r, c)] = out.get((r, c), 0) + v * w
    return {key: v for key, v in out.items() if v != 0}


def transpose(m):
    return {(c, r): v for (r, c), v in m.items()}


def show(name, m, n):
    print(name, "nonzeros:", len(m), "entries:", sorted(m.items()))
    for row in to_dense(m, n, n):
        print("   ", " ".join(f"{x:>4}" for x in row))


a = from_dense([[0, 2, 0, 0], [1, 0, 0, 3], [0, 0, 0, 0], [0, 0, 5, 0]])
b = from_dense([[4, 0, 0, 0], [0, 0, -2, 0], [0, 1, 0, 0], [-1, 0, 0, 6]])
show("a", a, 4)
show("b", b, 4)
show("a+b", add(a, b), 4)
show("a-a", add(a, {k: -v for k, v in a.items()}), 4)
show("a*b", multiply(a, b), 4)
show("transpose(a)", transpose(a), 4)

n = 12
identity = {(i, i): 1 for i in range(n)}
shift = {(i, i + 1): 1 for i in range(n - 1)}
power = dict(identity)
for k in range(1, 5):
    power = multiply(power, shift)
    print("shift^%d nonzeros:" % k, len(power), "first:", min(power))
laplace = {}
for i in range(n):
    laplace[(i, i)] = 2
    if i > 0:
        laplace[(i, i - 1)] = -1
    if i < n - 1:
        laplace[(i, i + 1)] = -1
sq = multiply(laplace, laplace)
print("laplacian squared: nonzeros", len(sq), "row 5:", [sq.get((5, c), 0) for c in range(n)])
print("symmetric:", transpose(sq) == sq, "density %.3f" % (len(sq) / (n * n)))
