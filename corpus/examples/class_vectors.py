# A numeric class with the operators: + - * / with scalars on either side (__rmul__), unary -,
# abs, ==, hashing consistent with ==, in-place += through __iadd__, truthiness, comparison with
# NotImplemented falling back to CPython's TypeError, and vectors as dict keys and set members.
class Vec:
    __hash__ = None

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Point(Vec):
    def __hash__(self):
        return hash((self.x, self.y))

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self


a, b = Vec(1, 2), Vec(3, -1)
print(a + b, a - b, a * 3, 2 * a, a * b, -a, abs(Vec(3, 4)), b / 2)
print(a == Vec(1, 2), a != b, bool(Vec(0, 0)), bool(a))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    {a: 1}
except TypeError as e:
    print(e)
p = Point(1, 1)
q = p
p += Vec(2, 3)
print(p, q, p is q)
seen = {Point(0, 0), Point(1, 2), Point(0, 0)}
print(len(seen), Point(1, 2) in seen)
path = [Vec(1, 0), Vec(0, 1), Vec(-1, 0)]
pos = Vec(0, 0)
for step in path:
    pos = pos + step * 2
print(pos, sum([1, 2, 3]))
