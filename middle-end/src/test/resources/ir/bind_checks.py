# IR after build: a global bound before every call of the module needs no check in functions; one bound only after a call is guarded (NameError)
LIMIT = 10

def under(n):
    return n < LIMIT and n < late
# ir:
# def under(n: int) -> bool:
#   locals $t0: bool, $j0: bool
# b0:
#   %0: int = load n
#   %1: int = load global LIMIT
#   %2: bool = int.lt %0, %1
#   store $t0, %2
#   %3: bool = load $t0
#   branch %3, b1, b2
# b1:  # preds b0
#   %5: int = load n
#   %9: bool = load global late$bound
#   branch %9, b5, b6
# b2:  # preds b0
#   %4: bool = load $t0
#   store $j0, %4
#   jump b3
# b3:  # preds b2, b5
#   %8: bool = load $j0
#   return %8
# b5:  # preds b1
#   %6: int = load global late
#   %7: bool = int.lt %5, %6
#   store $j0, %7
#   jump b3
# b6:  # preds b1
#   %10: str = const "name 'late' is not defined"
#   raise NameError, %10

print(under(3))
late = 5
print(under(4))
