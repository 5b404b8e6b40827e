# IR after dead-blocks, mem2reg: a for loop over any iterable (rt_obj_iter / rt_iter_step / rt_iter_value), a chained comparison branching on bools, 'or' yielding an operand through a phi
def count(xs, lo, hi):
    n = 0
    for x in xs:
        if lo < x <= hi:
            n += 1
    return n or None
# ir:
# def count(xs: object, lo: object, hi: object) -> object:
#   locals n: object, x: object, $j0: bool, $j1: object
# b0:
#   %28: object = load xs
#   %29: object = load lo
#   %30: object = load hi
#   %31: bool = undef
#   %0: int = const 0
#   %1: object = box %0
#   %3: object = rt rt_obj_iter(%28)
#   jump b1
# b1:  # preds b0, b9
#   %24: object = phi [b0: %1], [b9: %23]
#   %25: bool = phi [b0: %31], [b9: %26]
#   %4: bool = rt rt_iter_step(%3)
#   branch %4, b4, b2
# b2:  # preds b1
#   jump b3
# b3:  # preds b2
#   %17: bool = obj.truthy %24
#   branch %17, b10, b11
# b4:  # preds b1
#   %5: object = rt rt_iter_value(%3)
#   %8: bool = obj.lt %29, %5
#   branch %8, b6, b5
# b5:  # preds b4, b6
#   %26: bool = phi [b4: %8], [b6: %10]
#   branch %26, b7, b8
# b6:  # preds b4
#   %10: bool = obj.le %5, %30
#   jump b5
# b7:  # preds b5
#   %13: int = const 1
#   %14: object = box %13
#   %15: object = rt rt_obj_iadd(%24, %14)
#   jump b9
# b8:  # preds b5
#   jump b9
# b9:  # preds b7, b8
#   %23: object = phi [b7: %15], [b8: %24]
#   jump b1
# b10:  # preds b3, b11
#   %27: object = phi [b3: %24], [b11: %19]
#   return %27
# b11:  # preds b3
#   %18: None = const None
#   %19: object = box %18
#   jump b10

print(count(range(10), 2, 5))
