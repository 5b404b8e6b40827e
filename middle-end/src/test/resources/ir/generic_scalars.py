# IR after build: with no inference every value is an object and every operator generic (obj.mul in h whatever the argument); calls pass objects
def h(a):
    return a * 2
# ir:
# def h(a: object) -> object:
# b0:
#   %0: object = load a
#   %1: int = const 2
#   %2: object = box %1
#   %3: object = obj.mul %0, %2
#   return %3

print(h(3), h(2.5))
# ir <module>:
# def <module>() -> None:
# b0:
#   %0: int = const 3
#   %1: object = box %0
#   %2: object = call h(%1)
#   %3: float = const 2.5
#   %4: object = box %3
#   %5: object = call h(%4)
#   %6: str = const ' '
#   %7: str = const '\n'
#   %8: str = obj.str %2
#   %9: None = print.write %8
#   %10: None = print.write %6
#   %11: str = obj.str %5
#   %12: None = print.write %11
#   %13: None = print.write %7
#   %14: None = const None
#   %15: object = box %14
#   %16: None = const None
#   return %16
