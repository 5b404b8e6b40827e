# IR after const-fold, dead-blocks, dead-code: integer arithmetic on constants folds with Python's floor semantics, a constant condition removes its dead arm, division by zero stays for run time, the consumed constants go
def f():
    a = 7 // -2
    b = -7 % 3
    if 2 ** 10 > 1000:
        return a + b
    return 1 // 0
# ir:
# def f() -> int:
#   locals a: int, b: int
# b0:
#   %2: int = const -4
#   store a, %2
#   %5: int = const 2
#   store b, %5
#   jump b1
# b1:  # preds b0
#   %11: int = load a
#   %12: int = load b
#   %13: int = int.add %11, %12
#   return %13

def h():
    return 1 // 0
# ir:
# def h() -> int:
# b0:
#   %0: int = const 1
#   %1: int = const 0
#   %2: int = int.floordiv %0, %1
#   return %2

print(f(), h())
