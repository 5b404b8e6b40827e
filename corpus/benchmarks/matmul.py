# Dense matrix multiplication over nested lists of floats.
# category: numeric


def make_matrix(n, seed):
    m = []
    state = seed
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append((state % 1000) / 100.0 - 5.0)
        m.append(row)
    return m


def multiply(a, b):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * m
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def main():
    n = 210
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = multiply(a, b)
    trace = 0.0
    total = 0.0
    for i in range(n):
        trace += c[i][i]
        for j in range(n):
            total += c[i][j]
    print(f"trace: {trace:.6f}")
    print(f"sum: {total:.6f}")


main()
