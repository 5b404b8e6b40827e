# The protocols the runtime calls back: __iter__/__next__ (for, list, sum, next), __getitem__ and
# __setitem__ with tuple keys, __contains__, __len__, __eq__/__hash__ keys of dicts and sets, and
# cooperative super() along a diamond (C3 order).
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __contains__(self, v):
        return v in self.cells
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        return iter(self.cells)

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a!r}, {self.b!r})"

print(list(Countdown(3)), sum(Countdown(4)))
for i in Countdown(2):
    print("tick", i)
g = Grid(3, 2)
g[1, 1] = 7
g[2, 0] = 5
print(g[1, 1], 7 in g, 9 in g, len(g), list(g), max(g))
d = {Key(1, "a"): 1, Key(2, "b"): 2}
d[Key(1, "a")] += 10
print(d, Key(2, "b") in d, {Key(1, 2), Key(1, 2), Key(3, 4)})
it = Countdown(2)
print(next(it), next(it), next(it, "done"))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())
