from __future__ import annotations

def f(x: int, *, y: (z := 1)):
    pass
