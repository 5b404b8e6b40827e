# IR after build: a global bound before every call of the module needs no check in functions; one bound only after a call is guarded (NameError)
LIMIT = 10

def under(n):
    return n < LIMIT and n < late
# ir:
# def under(n: object) -> object:
#   locals $j0: object
# b0:
#   %0: object = load n
#   %1: object = load global LIMIT
#   %2: bool = obj.lt %0, %1
#   %3: object = box %2
#   store $j0, %3
#   %4: bool = obj.truthy %3
#   branch %4, b2, b1
# b1:  # preds b0, b5
#   %9: object = load $j0
#   return %9
# b2:  # preds b0
#   %5: object = load n
#   %12: bool = load global late$bound
#   branch %12, b5, b6
# b5:  # preds b2
#   %6: object = load global late
#   %7: bool = obj.lt %5, %6
#   %8: object = box %7
#   store $j0, %8
#   jump b1
# b6:  # preds b2
#   %13: str = const "name 'late' is not defined"
#   raise NameError, %13

print(under(3))
late = 5
print(under(4))
