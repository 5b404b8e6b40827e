@dec
@dec2(1)
@a.b[c]
def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:
    global x, y
    def inner():
        nonlocal a
    return a
def g(*args: *Ts): pass
def h(a, *, b): pass
lambda: 0
lambda a, /, b=1, *c, d, **e: a
class C(A, B, metaclass=M, **kw):
    x: int
    y: "str" = 1
    (z): int = 2
    a.b: int
    c[0]: int = 3
class D: pass
