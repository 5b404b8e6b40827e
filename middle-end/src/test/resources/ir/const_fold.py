# IR after range-loops, mem2reg, specialize, list-loops, mem2reg, const-fold, dead-blocks, dead-code: once specialize has made integer arithmetic typed, on constants it folds with Python's floor semantics, a constant condition removes its dead arm, division by zero stays for run time, the consumed constants go
def f():
    a = 7 // -2
    b = -7 % 3
    if 2 * 512 > 1000:
        return a + b
    return 1 // 0
# ir:
# def f() -> int:
#   locals a: object, b: object
# b0:
#   jump b1
# b1:  # preds b0
#   %22: int = const -2
#   return %22

def h():
    return 1 // 0
# ir:
# def h() -> int:
# b0:
#   %0: int = const 1
#   %2: int = const 0
#   %4: int = int.floordiv %0, %2
#   return %4

print(f(), h())
