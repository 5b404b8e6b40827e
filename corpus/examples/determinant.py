# Determinants with floats: cofactor expansion, elimination with partial pivoting, and the inverse.


def minor(m, i, j):
    return [row[:j] + row[j + 1:] for k, row in enumerate(m) if k != i]


def det_cofactor(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        sign = -1 if j % 2 else 1
        total += sign * m[0][j] * det_cofactor(minor(m, 0, j))
    return total


def det_elimination(m):
    a = [[float(x) for x in row] for row in m]
    n = len(a)
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return 0.0
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= factor * a[col][c]
    return det


def inverse(m):
    n = len(m)
    a = [[float(x) for x in row] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]


matrices = [
    [[4]],
    [[1, 2], [3, 4]],
    [[2, -3, 1], [2, 0, -1], [1, 4, 5]],
    [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    [[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]],
    [[0.5, 1.5, -2.0], [3.25, 0.0, 1.0], [-1.0, 2.0, 0.75]],
]
for m in matrices:
    print(len(m), "x", len(m), "cofactor:", det_cofactor(m), "elimination:", round(det_elimination(m), 9))

hilbert = [[1 / (i + j + 1) for j in range(5)] for i in range(5)]
print("hilbert 5 det: %.6e" % det_elimination(hilbert))
print("cofactor: %.6e" % det_cofactor(hilbert))

m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
inv = inverse(m)
for row in inv:
    print(" ".join(f"{x:9.5f}" for x in row))
check = [[sum(m[i][k] * inv[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
print("m * inv ~ identity:", all(abs(check[i][j] - (1.0 if i == j else 0.0)) < 1e-12 for i in range(3) for j in range(3)))
print("det(inv) * det(m) = %.12f" % (det_elimination(inv) * det_elimination(m)))
print(minor(m, 1, 1), minor(m, 0, 2))
