# Polymorphism through a base-class reference: an abstract method raising NotImplementedError,
# overrides, super() chains, class-level registries and counters, __repr__ of lists of instances,
# sorting by key and by __lt__, classmethod constructors.


class Shape:
    registry = []
    made = 0

    def __init__(self, name):
        self.name = name
        Shape.made += 1
        Shape.registry.append(self)

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side):
        return cls(side, side, "square")


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return Circle.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


class Blob(Shape):
    pass


shapes = [Rect(3, 4), Circle(1.5), Triangle(3, 4, 5), Rect.square(2)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(sorted(shapes, key=lambda s: s.perimeter(), reverse=True))
print(max(shapes), min(shapes).name)
print(Shape.made, len(Shape.registry), Shape.registry[-1])
total = 0.0
for s in shapes:
    total += s.area()
print(round(total, 3))
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("not implemented:", e)
print(Shape.made, [type(s).__name__ for s in Shape.registry])
