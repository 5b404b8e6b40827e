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
#   %3: int = const -4
#   store a, %3
#   %7: int = const 2
#   store b, %7
#   jump b1
# b1:  # preds b0
#   %13: int = load a
#   %14: int = load b
#   %15: int = int.add %13, %14
#   return %15

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
