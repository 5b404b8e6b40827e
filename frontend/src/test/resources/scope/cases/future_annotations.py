"""Under the future import, annotations are never evaluated: their names are nowhere."""
from __future__ import annotations

import typing

def f(a: ann_a, b: int = default_b) -> ret_type:
    x: local_type = 1
    y: other_type
    return x

class C:
    field: field_type
    value: value_type = 0
    def m(self, v: param_type) -> C:
        return v
