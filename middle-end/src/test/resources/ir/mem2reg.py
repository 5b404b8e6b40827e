# IR after dead-blocks, mem2reg, specialize, const-fold, dead-blocks, dead-code: locals become SSA values with phis at loop heads and joins; a swap in a loop keeps its meaning; constants propagate through former slots once typed; a variable not bound on every path reads undef there, behind its unbound check
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
# ir fib[int]:
# def fib[int](n: int) -> int:
#   locals a: object, b: object, i: object
# b0:
#   %31: int = load n
#   %1: int = const 0
#   %3: int = const 1
#   jump b1
# b1:  # preds b0
#   %14: int = const 0
#   %15: int = const 1
#   %16: object = rt rt_range_new(%14, %31, %15)
#   %17: object = rt rt_obj_iter(%16)
#   jump b3
# b3:  # preds b1, b6
#   %29: int = phi [b1: %1], [b6: %30]
#   %30: int = phi [b1: %3], [b6: %23]
#   %18: bool = rt rt_iter_step(%17)
#   branch %18, b6, b4
# b4:  # preds b3
#   jump b5
# b5:  # preds b4
#   return %29
# b6:  # preds b3
#   %0: object = rt rt_iter_value(%17)
#   %19: int = unbox %0
#   %23: int = int.add %29, %30
#   jump b3

def pick(x):
    k = 10
    if x > 0:
        y = k * 2
    else:
        y = -k
    return y
# ir pick[int]:
# def pick[int](x: int) -> int:
#   locals k: object, y: object
# b0:
#   %16: int = load x
#   %3: int = const 0
#   %5: bool = int.gt %16, %3
#   branch %5, b1, b2
# b1:  # preds b0
#   %9: int = const 20
#   jump b3
# b2:  # preds b0
#   %11: int = const -10
#   jump b3
# b3:  # preds b1, b2
#   %15: int = phi [b1: %9], [b2: %11]
#   return %15

def maybe(c):
    if c:
        y = 1
    return y
# ir maybe[bool]:
# def maybe[bool](c: bool) -> int:
#   locals y: object, y$bound: bool
# b0:
#   %17: int = undef
#   %13: bool = load c
#   %7: bool = const False
#   branch %13, b1, b2
# b1:  # preds b0
#   %2: int = const 1
#   %8: bool = const True
#   jump b3
# b2:  # preds b0
#   jump b3
# b3:  # preds b1, b2
#   %11: bool = phi [b1: %8], [b2: %7]
#   %12: int = phi [b1: %2], [b2: %17]
#   branch %11, b4, b5
# b4:  # preds b3
#   return %12
# b5:  # preds b3
#   %10: str = const "cannot access local variable 'y' where it is not associated with a value"
#   raise UnboundLocalError, %10

print(fib(10), pick(1), maybe(True))
