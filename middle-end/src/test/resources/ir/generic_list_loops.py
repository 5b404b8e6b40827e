# IR after range-loops, mem2reg, specialize, list-loops, mem2reg, dead-code: a for loop over a list specialize proved to be one counts an index against the list's length at every step (as CPython's list iterator does), and reads each item with rt_list_get, unboxed to the site's float; no iterator object is made
def total(xs):
    t = 0.0
    for x in xs:
        t += x
    return t
print(total([0.5, 1.5, 2.0]))

# ir total[list]:
# def total[list](xs: list) -> float:
#   locals t: object, x: object, $list3.next: int, $list3.current: int
# b0:
#   %26: list = load xs
#   %1: float = const 0.0
#   %18: int = const 0
#   jump b1
# b1:  # preds b0, b4
#   %24: int = phi [b0: %18], [b4: %22]
#   %13: float = phi [b0: %1], [b4: %9]
#   %20: int = list.len %26
#   %5: bool = int.lt %24, %20
#   %21: int = const 1
#   %22: int = int.add %24, %21
#   branch %5, b4, b2
# b2:  # preds b1
#   jump b3
# b3:  # preds b2
#   return %13
# b4:  # preds b1
#   %0: object = rt rt_list_get(%26, %24)
#   %6: float = unbox %0
#   %9: float = float.add %13, %6
#   jump b1
