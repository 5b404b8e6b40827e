# IR after mem2reg, specialize, dead-code: a recursive function: its return type is found by iterating (bottom, then int from the base case), and the recursive calls call the instance itself
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))

# ir fib[int]:
# def fib[int](n: int) -> int:
# b0:
#   %18: int = load n
#   %1: int = const 2
#   %3: bool = int.lt %18, %1
#   branch %3, b1, b2
# b1:  # preds b0
#   return %18
# b2:  # preds b0
#   jump b3
# b3:  # preds b2
#   %6: int = const 1
#   %8: int = int.sub %18, %6
#   %9: int = call fib[int](%8)
#   %11: int = const 2
#   %13: int = int.sub %18, %11
#   %14: int = call fib[int](%13)
#   %15: int = int.add %9, %14
#   return %15
