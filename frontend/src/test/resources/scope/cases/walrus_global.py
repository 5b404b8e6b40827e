# A walrus at module level inside nested comprehensions and lambdas.
rows = [[1, 2], [3]]
flat = [(cell := c) for r in rows for c in r]
print(cell)
lam = lambda: [(lw := i) for i in range(3)]
def outer():
    def inner():
        return [(iw := i) for i in range(2)]
    return inner, [[(ow := j) for j in range(i)] for i in range(3)]
