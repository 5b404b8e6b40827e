# IR after range-loops, mem2reg, specialize, const-fold, dead-blocks, dead-code: lists typed by allocation site: p's site holds floats (scale stores float products), so norm and scale read its items with rt_list_get and unbox them to float, the range loops are int counters and the type tests of range()'s arguments fold away (their kinds are known); the list passed to mixed holds an int and a str, so its item stays an object
def norm(v):
    s = 0.0
    for i in range(len(v)):
        s += v[i] * v[i]
    return s
def scale(v, k):
    for i in range(len(v)):
        v[i] = v[i] * k
def mixed(w):
    return w[0]
p = [3.0, 4.0]
scale(p, 2)
print(norm(p), mixed([1, "a"]))

# ir norm[list]:
# def norm[list](v: list) -> float:
#   locals s: object, i: object, $range3.next: int, $range3.current: int
# b0:
#   %37: list = load v
#   %2: float = const 0.0
#   %5: int = list.len %37
#   jump b1
# b1:  # preds b0
#   %13: int = const 0
#   %14: int = const 1
#   jump b3
# b3:  # preds b1, b6
#   %34: int = phi [b1: %13], [b6: %32]
#   %35: float = phi [b1: %2], [b6: %27]
#   %17: bool = int.lt %34, %5
#   %32: int = int.add %34, %14
#   branch %17, b6, b4
# b4:  # preds b3
#   jump b5
# b5:  # preds b4
#   return %35
# b6:  # preds b3
#   %0: object = rt rt_list_get(%37, %34)
#   %22: float = unbox %0
#   %1: object = rt rt_list_get(%37, %34)
#   %25: float = unbox %1
#   %26: float = float.mul %22, %25
#   %27: float = float.add %35, %26
#   jump b3

# ir scale[list, int]:
# def scale[list, int](v: list, k: int) -> object:
#   locals i: object, $range3.next: int, $range3.current: int
# b0:
#   %31: list = load v
#   %32: int = load k
#   %2: int = list.len %31
#   jump b1
# b1:  # preds b0
#   %10: int = const 0
#   %11: int = const 1
#   jump b3
# b3:  # preds b1, b6
#   %29: int = phi [b1: %10], [b6: %27]
#   %14: bool = int.lt %29, %2
#   %27: int = int.add %29, %11
#   branch %14, b6, b4
# b4:  # preds b3
#   jump b5
# b5:  # preds b4
#   %24: None = const None
#   %25: object = box %24
#   return %25
# b6:  # preds b3
#   %0: object = rt rt_list_get(%31, %29)
#   %18: float = unbox %0
#   %37: float = int.to_float %32
#   %20: float = float.mul %18, %37
#   %34: object = box %20
#   %23: None = rt rt_list_set(%31, %29, %34)
#   jump b3

# ir mixed[list]:
# def mixed[list](w: list) -> object:
# b0:
#   %6: list = load w
#   %1: int = const 0
#   %3: object = rt rt_list_get(%6, %1)
#   return %3
