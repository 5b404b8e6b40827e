# Annotations of every common form, on parameters, returns and variables, are accepted and change nothing:
# the value's own type wins where an annotation disagrees (mismatched), and names only annotations use come from typing.
from typing import Optional, List, Dict, Set, Tuple, Union, Callable, Any, Iterable, Iterator, Sequence, Mapping, Final, ClassVar
import typing

LIMIT: Final = 3
RATE: Final[float] = 0.5
count: int = 0
names: list[str] = ["a", "b"]
table: dict[str, float] = {"x": 1.5}
seen: set[str] = set()
pair: tuple[str, int] = ("k", 2)
many: tuple[int, ...] = (1, 2, 3)
maybe: Optional[int] = None
either: int | None = 4
legacy: List[int] = [1, 2]
mapping: Dict[str, List[int]] = {"a": [1]}
u: Union[int, str] = "u"
anything: Any = 3.25
fwd: 'Widget' = "not a widget"
q: typing.Optional[typing.List[int]] = None
cv: ClassVar[int] = 7
x_only: int


def f(xs: list[int], d: dict[str, float], o: int | None = None) -> int:
    t: tuple[int, ...] = (1, 2)
    return len(xs) + len(t)


def g(items: Iterable[int], fn: Callable[[int], str], it: Optional['Widget'] = None) -> List[str]:
    out: List[str] = []
    for i in items:
        out.append(str(i) if it is None else "?")
    return out


def h(s: Sequence[int], m: Mapping[str, int], k: Iterator[int] | None = None) -> Tuple[int, int]:
    local_undefined: NotDefinedAnywhere = 5
    return len(s), len(m) + local_undefined


def never_called(a: int, b: float, c: str, d: typing.Any) -> None:
    print(a, b, c, d)


def mismatched(n: int) -> str:
    v: str = n * 2
    return v


print(f([1], {}))
print(g([1, 2, 3], None))
print(h([1, 2], {"a": 1}))
print(count, names, table, seen, pair, many, maybe, either, legacy, mapping, u, anything, fwd, q, cv)
print(LIMIT, RATE)
print(mismatched(21))
x_only = 9
print(x_only)
