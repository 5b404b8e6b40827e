# Dataclasses: a default factory inherited by a subclass, eq=False keeping identity and hashing,
# a dataclass without fields.
from dataclasses import dataclass, field


@dataclass
class Base:
    tags: list = field(default_factory=list)


@dataclass
class Child(Base):
    n: int = 1


@dataclass(eq=False)
class Ident:
    v: int


@dataclass
class Empty:
    pass


c = Child()
c.tags.append("x")
print(c, Child(["a"], 2), Ident(1) == Ident(1), Empty(), Empty() == Empty())
print(len({Ident(1), Ident(1)}))
