# IR after build: while/else with break and continue, short-circuit 'or' yielding an operand, a chained comparison, a possibly unbound local
def g(n):
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        if 0 < i < 5 or i == 7:
            break
    else:
        found = i
    return found
# ir:
# def g(n: object) -> object:
#   locals i: object, found: object, $j0: bool, $j1: bool, found$bound: bool
# b0:
#   %33: bool = const False
#   store found$bound, %33
#   %0: int = const 0
#   %1: object = box %0
#   store i, %1
#   jump b1
# b1:  # preds b0, b5, b15
#   %2: object = load i
#   %3: object = load n
#   %4: bool = obj.lt %2, %3
#   branch %4, b4, b2
# b2:  # preds b1
#   %29: object = load i
#   store found, %29
#   %34: bool = const True
#   store found$bound, %34
#   jump b3
# b3:  # preds b2, b13
#   %35: bool = load found$bound
#   branch %35, b19, b20
# b4:  # preds b1
#   %5: object = load i
#   %6: int = const 1
#   %7: object = box %6
#   %8: object = rt rt_obj_iadd(%5, %7)
#   store i, %8
#   %9: object = load i
#   %10: int = const 2
#   %11: object = box %10
#   %12: object = obj.mod %9, %11
#   %13: int = const 0
#   %14: object = box %13
#   %15: bool = obj.eq %12, %14
#   branch %15, b5, b6
# b5:  # preds b4
#   jump b1
# b6:  # preds b4
#   jump b7
# b7:  # preds b6
#   %16: int = const 0
#   %17: object = box %16
#   %18: object = load i
#   %19: bool = obj.lt %17, %18
#   store $j1, %19
#   branch %19, b11, b10
# b9:  # preds b10, b12
#   %28: bool = load $j0
#   branch %28, b13, b14
# b10:  # preds b7, b11
#   %23: bool = load $j1
#   store $j0, %23
#   branch %23, b9, b12
# b11:  # preds b7
#   %20: int = const 5
#   %21: object = box %20
#   %22: bool = obj.lt %18, %21
#   store $j1, %22
#   jump b10
# b12:  # preds b10
#   %24: object = load i
#   %25: int = const 7
#   %26: object = box %25
#   %27: bool = obj.eq %24, %26
#   store $j0, %27
#   jump b9
# b13:  # preds b9
#   jump b3
# b14:  # preds b9
#   jump b15
# b15:  # preds b14
#   jump b1
# b19:  # preds b3
#   %30: object = load found
#   return %30
# b20:  # preds b3
#   %36: str = const "cannot access local variable 'found' where it is not associated with a value"
#   raise UnboundLocalError, %36

print(g(3))
