# IR after build: a match case is a chain of tests jumping to the next case on the first failure; the capture x is kept in a hidden slot and bound only after the whole pattern matched, before the guard
def first(v):
    match v:
        case [x, 0] if x:
            return x
        case _:
            return None
# ir:
# def first(v: object) -> object:
#   locals x: object, $m0: object
# b0:
#   %0: object = load v
#   %1: int = const 2368
#   %2: bool = rt rt_obj_isinstance(%0, %1)
#   branch %2, b3, b2
# b2:  # preds b0, b3, b4, b5
#   %19: None = const None
#   %20: object = box %19
#   return %20
# b3:  # preds b0
#   %3: int = rt rt_obj_len(%0)
#   %4: int = const 2
#   %5: bool = int.eq %3, %4
#   branch %5, b4, b2
# b4:  # preds b3
#   %6: int = const 0
#   %7: object = box %6
#   %8: object = rt rt_obj_getitem(%0, %7)
#   store $m0, %8
#   %9: int = const 1
#   %10: object = box %9
#   %11: object = rt rt_obj_getitem(%0, %10)
#   %12: int = const 0
#   %13: object = box %12
#   %14: bool = obj.eq %11, %13
#   branch %14, b5, b2
# b5:  # preds b4
#   %15: object = load $m0
#   store x, %15
#   %16: object = load x
#   %17: bool = obj.truthy %16
#   branch %17, b6, b2
# b6:  # preds b5
#   %18: object = load x
#   return %18

print(first([3, 0]))
