# IR after dead-blocks, mem2reg, const-fold, dead-blocks, dead-code: locals become SSA values with phis at loop heads and joins; a swap in a loop keeps its meaning; constants propagate through former slots; a variable not bound on every path reads undef there, behind its unbound check
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
# ir:
# def fib(n: int) -> int:
#   locals a: int, b: int, i: int, $t0: int, $t1: int, $t2: int, $t3: int, $t4: int, $t5: int, $t6: int
# b0:
#   %27: int = load n
#   %0: int = const 0
#   %1: int = const 1
#   %4: int = const 0
#   %6: int = const 1
#   jump b1
# b1:  # preds b0, b3
#   %21: int = phi [b0: %0], [b3: %22]
#   %22: int = phi [b0: %1], [b3: %14]
#   %23: int = phi [b0: %4], [b3: %19]
#   %9: bool = int.lt %23, %27
#   branch %9, b2, b4
# b2:  # preds b1
#   %14: int = int.add %21, %22
#   jump b3
# b3:  # preds b2
#   %19: int = int.add %23, %6
#   jump b1
# b4:  # preds b1
#   jump b5
# b5:  # preds b4
#   return %21

def pick(x):
    k = 10
    if x > 0:
        y = k * 2
    else:
        y = -k
    return y
# ir:
# def pick(x: int) -> int:
#   locals k: int, y: int
# b0:
#   %11: int = load x
#   %2: int = const 0
#   %3: bool = int.gt %11, %2
#   branch %3, b1, b2
# b1:  # preds b0
#   %6: int = const 20
#   jump b3
# b2:  # preds b0
#   %8: int = const -10
#   jump b3
# b3:  # preds b1, b2
#   %10: int = phi [b1: %6], [b2: %8]
#   return %10

def maybe(c):
    if c:
        y = 1
    return y
# ir:
# def maybe(c: bool) -> int:
#   locals y: int, y$bound: bool
# b0:
#   %9: bool = load c
#   %10: int = undef
#   %3: bool = const False
#   branch %9, b1, b2
# b1:  # preds b0
#   %1: int = const 1
#   %4: bool = const True
#   jump b2
# b2:  # preds b0, b1
#   %7: bool = phi [b0: %3], [b1: %4]
#   %8: int = phi [b0: %10], [b1: %1]
#   branch %7, b4, b5
# b4:  # preds b2
#   return %8
# b5:  # preds b2
#   %6: str = const "cannot access local variable 'y' where it is not associated with a value"
#   raise UnboundLocalError, %6

print(fib(10), pick(1), maybe(True))
