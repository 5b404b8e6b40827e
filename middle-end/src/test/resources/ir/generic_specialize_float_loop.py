# IR after mem2reg, specialize, dead-code: a loop accumulating floats: the phis of s (float) and i (int) are unboxed, the int operand of a mixed operation is converted (int.to_float), the comparison is int.lt
def mean(n):
    s = 0.0
    i = 0
    while i < n:
        s = s + i * 0.5
        i = i + 1
    return s / n
print(mean(10))

# ir mean[int]:
# def mean[int](n: int) -> float:
#   locals s: object, i: object
# b0:
#   %24: int = load n
#   %0: float = const 0.0
#   %2: int = const 0
#   jump b1
# b1:  # preds b0, b4
#   %22: int = phi [b0: %2], [b4: %16]
#   %23: float = phi [b0: %0], [b4: %12]
#   %6: bool = int.lt %22, %24
#   branch %6, b4, b2
# b2:  # preds b1
#   jump b3
# b3:  # preds b2
#   %32: float = int.to_float %24
#   %19: float = float.truediv %23, %32
#   return %19
# b4:  # preds b1
#   %9: float = const 0.5
#   %33: float = int.to_float %22
#   %11: float = float.mul %33, %9
#   %12: float = float.add %23, %11
#   %14: int = const 1
#   %16: int = int.add %22, %14
#   jump b1
