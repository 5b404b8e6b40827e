# Classes: __init__ with defaults, class attributes, __repr__/__eq__/__add__/__lt__, inheritance
# with super(), sorted/min/max through __lt__, isinstance, type(x).__name__, CPython messages.
class Point:
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return self.norm2() < other.norm2()


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z

    def __repr__(self):
        return "Point3(%d, %d, %d)" % (self.x, self.y, self.z)


p = Point(3, 4)
q = Point(1)
print(p, q, p + q, p.norm2())
print(p == Point(3, 4), p != q, Point.count)
pts = [Point(5, 5), Point3(1, 1, 1), Point(0, 2)]
print(sorted(pts))
print(max(pts), min(pts))
r = Point3(1, 2, 3)
print(r.norm2(), isinstance(r, Point), isinstance(p, Point3), type(r).__name__)
d = {3: "p"}
try:
    print(d)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)
print(Point.__name__, r.__class__.__name__)
