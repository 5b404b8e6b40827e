# IR after mem2reg, specialize, dead-code: h is cloned per argument type, h[int] and h[float] multiply unboxed; k's x is an int then a str, and y, computed from the int, makes k return an int; no obj.* op is left
def h(a): return a * 2
def k():
    x = 1; y = x + 1; x = "s"; return y
print(h(3), h(2.5), k())

# ir h[int]:
# def h[int](a: int) -> int:
# b0:
#   %6: int = load a
#   %1: int = const 2
#   %3: int = int.mul %6, %1
#   return %3

# ir h[float]:
# def h[float](a: float) -> float:
# b0:
#   %6: float = load a
#   %1: int = const 2
#   %9: float = int.to_float %1
#   %3: float = float.mul %6, %9
#   return %3

# ir k:
# def k() -> int:
#   locals x: object, y: object
# b0:
#   %0: int = const 1
#   %3: int = const 1
#   %5: int = int.add %0, %3
#   return %5

# ir <module>:
# def <module>() -> None:
# b0:
#   %0: int = const 3
#   %2: int = call h[int](%0)
#   %3: float = const 2.5
#   %5: float = call h[float](%3)
#   %6: int = call k()
#   %7: str = const ' '
#   %8: str = const '\n'
#   %9: str = int.str %2
#   %10: None = print.write %9
#   %11: None = print.write %7
#   %12: str = float.repr %5
#   %13: None = print.write %12
#   %14: None = print.write %7
#   %15: str = int.str %6
#   %16: None = print.write %15
#   %17: None = print.write %8
#   %20: None = const None
#   return %20
