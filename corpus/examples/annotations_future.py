# Under `from __future__ import annotations` no annotation is evaluated: names defined later, or nowhere, are fine.
from __future__ import annotations

from typing import Optional

total: Undefined = 10


def area(w: Shape, h: Optional[Shape] = None) -> Polygon[int] | 3:
    return w * (h if h is not None else w)


def scale(v: 1 + "a") -> list[Vector]:
    return [v, v]


print(area(3), area(2, 5), scale(4), total)
