# IR after mem2reg, specialize, dead-code: at most four instances per function; the calls with a fifth and sixth signature share one more instance, whose parameter grows to the join of theirs (None, then object: the function as built); the call with an int reuses show[int]
def show(x):
    return str(x)
print(show(1), show(2.5), show("s"), show(True), show(None), show(3))
print(show([1]))

# ir show[int]:
# def show[int](x: int) -> str:
# b0:
#   %5: int = load x
#   %1: str = int.str %5
#   return %1

# ir show:
# def show(x: object) -> str:
# b0:
#   %5: object = load x
#   %1: str = obj.str %5
#   return %1

# ir <module>:
# def <module>() -> None:
# b0:
#   %0: int = const 1
#   %2: str = call show[int](%0)
#   %3: float = const 2.5
#   %5: str = call show[float](%3)
#   %6: str = const 's'
#   %8: str = call show[str](%6)
#   %9: bool = const True
#   %11: str = call show[bool](%9)
#   %12: None = const None
#   %13: object = box %12
#   %14: str = call show(%13)
#   %15: int = const 3
#   %17: str = call show[int](%15)
#   %18: str = const ' '
#   %19: str = const '\n'
#   %21: None = print.write %2
#   %22: None = print.write %18
#   %24: None = print.write %5
#   %25: None = print.write %18
#   %27: None = print.write %8
#   %28: None = print.write %18
#   %30: None = print.write %11
#   %31: None = print.write %18
#   %33: None = print.write %14
#   %34: None = print.write %18
#   %36: None = print.write %17
#   %37: None = print.write %19
#   %40: list = rt rt_list_empty()
#   %41: int = const 1
#   %42: object = box %41
#   %43: None = rt rt_list_append(%40, %42)
#   %44: object = box %40
#   %45: str = call show(%44)
#   %47: str = const '\n'
#   %49: None = print.write %45
#   %50: None = print.write %47
#   %53: None = const None
#   return %53
