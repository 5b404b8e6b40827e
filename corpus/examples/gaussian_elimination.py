# Solving linear systems by Gaussian elimination with partial pivoting; residuals and a curve fit.


def solve(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            return []
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        s = m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))
        x[r] = s / m[r][r]
    return x


def residual(a, x, b):
    return max(abs(sum(ai * xi for ai, xi in zip(row, x)) - bi) for row, bi in zip(a, b))


systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]),
    ([[0, 2, 1], [1, -2, -3], [-1, 1, 2]], [-8, 0, 3]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[4, -1, 0, 0], [-1, 4, -1, 0], [0, -1, 4, -1], [0, 0, -1, 3]], [15, 10, 10, 10]),
]
for a, b in systems:
    x = solve(a, b)
    if not x:
        print(len(a), "unknowns: singular")
        continue
    print(len(a), "unknowns:", [round(v, 10) for v in x], "residual below 1e-12:", residual(a, x, b) < 1e-12)

xs = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
ys = [1.1, 2.9, 9.2, 19.1, 32.8, 51.2]
normal = [[sum(x ** (i + j) for x in xs) for j in range(3)] for i in range(3)]
rhs = [sum(y * x ** i for x, y in zip(xs, ys)) for i in range(3)]
print("normal equations:", normal, [round(r, 6) for r in rhs])
c = solve(normal, rhs)
print("fit: y = %.5f + %.5f x + %.5f x^2" % (c[0], c[1], c[2]))
for x, y in zip(xs, ys):
    fit = c[0] + c[1] * x + c[2] * x * x
    print(f"  x={x:.0f} y={y:5.1f} fit={fit:8.4f} err={y - fit:+.4f}")

n = 6
tri = [[2.0 if i == j else (-1.0 if abs(i - j) == 1 else 0.0) for j in range(n)] for i in range(n)]
sol = solve(tri, [1.0] * n)
print("tridiagonal solution:", [round(v, 6) for v in sol])
print("symmetric:", all(abs(sol[i] - sol[n - 1 - i]) < 1e-9 for i in range(n)))
