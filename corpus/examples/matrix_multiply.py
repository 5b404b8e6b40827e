# Matrix products with nested lists: row-by-column loops, comprehensions, identity, powers, Fibonacci.


def multiply(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for k in range(inner):
            aik = a[i][k]
            for j in range(cols):
                out[i][j] += aik * b[k][j]
    return out


def multiply_zip(a, b):
    columns = [[row[j] for row in b] for j in range(len(b[0]))]
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def power(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = multiply(result, m)
        m = multiply(m, m)
        e //= 2
    return result


def show(name, m):
    print(name + ":")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", multiply(a, b))
show("b*a", multiply(b, a))
print("both ways agree:", multiply(a, b) == multiply_zip(a, b), multiply(b, a) == multiply_zip(b, a))

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 90]:
    print("fib", n, "=", power(fib, n)[0][1])
print("fib 300 =", power(fib, 300)[0][1])

rot = [[0, -1], [1, 0]]
print("rotation^4 is identity:", power(rot, 4) == identity(2))
show("rotation^3", power(rot, 3))

f = [[0.5, 0.25], [0.125, 1.5]]
g = multiply(f, f)
print("float square:", g)
print("trace:", sum(g[i][i] for i in range(2)))

stochastic = [[0.9, 0.1], [0.5, 0.5]]
state = [[1.0, 0.0]]
for step in range(1, 8):
    state = multiply(state, stochastic)
    print(step, [round(x, 6) for x in state[0]])
big = power([[2, 1], [1, 1]], 40)
show("[[2,1],[1,1]]^40", big)
