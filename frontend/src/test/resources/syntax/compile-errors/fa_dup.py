from __future__ import annotations
def f(a: int, a: int): pass
