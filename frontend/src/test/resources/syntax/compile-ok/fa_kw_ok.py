from __future__ import annotations
x: f(a=1, a=2)
def g(y: [*a] = 1) -> f(b=1, b=2): pass
