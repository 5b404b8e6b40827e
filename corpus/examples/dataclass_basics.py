# @dataclass as the dataclasses module makes it: __init__ with defaults and default factories,
# __repr__, __eq__ (and unhashable instances), order=True, __post_init__, a dataclass subclass.
from dataclasses import dataclass, field
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: int = field(default=0)

    def add(self, item, n=1):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + n
        self.total += n


@dataclass
class Point3(Point):
    z: int = 0

    def __post_init__(self):
        self.label = f"P{self.x}{self.y}{self.z}"


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.norm1())
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
a = Inventory("ann")
b = Inventory("bob")
a.add("apple", 3)
a.add("pear")
print(a, b, a.items is not b.items)
q = Point3(1, 2, 3)
print(q, q.label, isinstance(q, Point), q == Point3(1, 2, 3))
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
print(Point(y=5, x=4))
