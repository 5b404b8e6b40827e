from __future__ import annotations
x: [(yield) for a in b]
