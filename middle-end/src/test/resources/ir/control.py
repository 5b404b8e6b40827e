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
# def g(n: int) -> int:
#   locals i: int, found: int, $t0: int, $t1: int, $t2: bool, $j0: bool, $j1: bool, found$bound: bool
# b0:
#   %30: bool = const False
#   store found$bound, %30
#   %0: int = const 0
#   store i, %0
#   jump b1
# b1:  # preds b0, b5, b15
#   %1: int = load i
#   %2: int = load n
#   %3: bool = int.lt %1, %2
#   branch %3, b2, b3
# b2:  # preds b1
#   %4: int = load i
#   %5: int = const 1
#   %6: int = int.add %4, %5
#   store i, %6
#   %7: int = load i
#   %8: int = const 2
#   %9: int = int.mod %7, %8
#   %10: int = const 0
#   %11: bool = int.eq %9, %10
#   branch %11, b5, b6
# b3:  # preds b1
#   %28: int = load i
#   store found, %28
#   %31: bool = const True
#   store found$bound, %31
#   jump b4
# b4:  # preds b3, b14
#   %32: bool = load found$bound
#   branch %32, b18, b19
# b5:  # preds b2
#   jump b1
# b6:  # preds b2
#   %12: int = const 0
#   store $t0, %12
#   %13: int = load i
#   store $t1, %13
#   %14: int = load $t0
#   %15: int = load $t1
#   %16: bool = int.lt %14, %15
#   branch %16, b8, b9
# b8:  # preds b6
#   %17: int = load $t1
#   %18: int = const 5
#   %19: bool = int.lt %17, %18
#   store $j1, %19
#   jump b10
# b9:  # preds b6
#   %20: bool = const False
#   store $j1, %20
#   jump b10
# b10:  # preds b8, b9
#   %21: bool = load $j1
#   store $t2, %21
#   %22: bool = load $t2
#   branch %22, b12, b11
# b11:  # preds b10
#   %24: int = load i
#   %25: int = const 7
#   %26: bool = int.eq %24, %25
#   store $j0, %26
#   jump b13
# b12:  # preds b10
#   %23: bool = load $t2
#   store $j0, %23
#   jump b13
# b13:  # preds b11, b12
#   %27: bool = load $j0
#   branch %27, b14, b15
# b14:  # preds b13
#   jump b4
# b15:  # preds b13
#   jump b1
# b18:  # preds b4
#   %29: int = load found
#   return %29
# b19:  # preds b4
#   %33: str = const "cannot access local variable 'found' where it is not associated with a value"
#   raise UnboundLocalError, %33

print(g(3))
