# Imports of typing and __future__ bind names in the module's globals, so CPython's NameError suggestion may name one.
from __future__ import annotations
from typing import List


def first(xs: List[int]) -> int:
    return xs[0]


print(first([4, 5]))
if first([1]) > 3:
    Lisst = [1]
print(Lisst)
