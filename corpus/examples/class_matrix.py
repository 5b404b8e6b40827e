# A small matrix class: tuple keys in __getitem__/__setitem__, __mul__ for matrix and scalar
# products with __rmul__, __add__, __eq__, __iter__ over rows, __len__, __repr__ and __str__,
# class methods as alternative constructors, and a determinant by recursion over minors.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter(self.rows)

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shapes {self.n}x{self.m} and {o.n}x{o.m} do not align")
            out = Matrix.zeros(self.n, o.m)
            for i in range(self.n):
                for j in range(o.m):
                    out[i, j] = sum(self[i, k] * o[k, j] for k in range(self.m))
            return out
        return Matrix([[x * o for x in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def transpose(self):
        return Matrix([[self[i, j] for i in range(self.n)] for j in range(self.m)])

    def det(self):
        if self.n == 1:
            return self[0, 0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self[0, j] * minor.det()
        return total

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        return "\n".join(" ".join(f"{x:4}" for x in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b, b * a, a + b, 2 * a, a * 0.5)
print(a * Matrix.identity(2) == a, a == b, len(a), [sum(r) for r in a])
c = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(c)
print(c.det(), c.transpose().det(), (c * c).det())
try:
    a * c
except ValueError as e:
    print(e)
