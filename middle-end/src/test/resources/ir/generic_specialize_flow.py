# IR after mem2reg, specialize, dead-code: v is an int, then a float, then a str: each assignment is its own SSA value with its own type; w, an int on one path and a float on the other, joins to object and its use stays generic
def g(n, c):
    v = n + 1
    a = v * 3
    v = 0.5
    b = v + a
    v = "done"
    if c:
        w = a
    else:
        w = b
    print(v, a, b, -w)
    return b
print(g(4, True), g(4, False))

# ir g[int, bool]:
# def g[int, bool](n: int, c: bool) -> float:
#   locals v: object, a: object, b: object, w: object
# b0:
#   %44: int = load n
#   %45: bool = load c
#   %1: int = const 1
#   %3: int = int.add %44, %1
#   %5: int = const 3
#   %7: int = int.mul %3, %5
#   %47: object = box %7
#   %8: float = const 0.5
#   %51: float = int.to_float %7
#   %12: float = float.add %8, %51
#   %48: object = box %12
#   %13: str = const 'done'
#   branch %45, b1, b2
# b1:  # preds b0
#   jump b3
# b2:  # preds b0
#   jump b3
# b3:  # preds b1, b2
#   %43: object = phi [b1: %47], [b2: %48]
#   %23: object = obj.neg %43
#   %24: str = const ' '
#   %25: str = const '\n'
#   %27: None = print.write %13
#   %28: None = print.write %24
#   %29: str = int.str %7
#   %30: None = print.write %29
#   %31: None = print.write %24
#   %32: str = float.repr %12
#   %33: None = print.write %32
#   %34: None = print.write %24
#   %35: str = obj.str %23
#   %36: None = print.write %35
#   %37: None = print.write %25
#   return %12
