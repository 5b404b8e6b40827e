# Frozen dataclasses need __setattr__ to raise FrozenInstanceError, which Waspy does not model.
# expect: 6:12: error: dataclass(frozen=...)
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int


print(P(1))
