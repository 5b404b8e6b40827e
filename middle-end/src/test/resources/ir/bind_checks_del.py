# IR after build: del loads the name (its check raises if unbound) then stores an undef, which clears the flag; a deleted parameter's flag starts true; a deleted variable is never taken as bound, so the load after its rebinding still tests the flag
def drop(n):
    del n
    n = 2
    return n
# ir:
# def drop(n: object) -> object:
#   locals n$bound: bool
# b0:
#   %7: bool = const True
#   store n$bound, %7
#   %12: bool = load n$bound
#   branch %12, b5, b6
# b3:  # preds b5
#   %4: object = load n
#   return %4
# b4:  # preds b5
#   %11: str = const "cannot access local variable 'n' where it is not associated with a value"
#   raise UnboundLocalError, %11
# b5:  # preds b0
#   %0: object = load n
#   %1: object = undef
#   store n, %1
#   %8: bool = const False
#   store n$bound, %8
#   %2: int = const 2
#   %3: object = box %2
#   store n, %3
#   %9: bool = const True
#   store n$bound, %9
#   %10: bool = load n$bound
#   branch %10, b3, b4
# b6:  # preds b0
#   %13: str = const "cannot access local variable 'n' where it is not associated with a value"
#   raise UnboundLocalError, %13

print(drop(1))
