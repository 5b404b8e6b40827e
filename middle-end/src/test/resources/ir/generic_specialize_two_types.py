# IR after mem2reg, specialize, dead-code: one function called with an int and a str gets two instances; the str one concatenates (str.concat), and a str times an int, which has no row, stays generic with its operands boxed
def twice(x):
    return x + x
def rep(s, n):
    return s * n
print(twice(21), twice("ab"), rep("xy", 3))

# ir twice[int]:
# def twice[int](x: int) -> int:
# b0:
#   %5: int = load x
#   %2: int = int.add %5, %5
#   return %2

# ir twice[str]:
# def twice[str](x: str) -> str:
# b0:
#   %5: str = load x
#   %2: str = str.concat %5, %5
#   return %2

# ir rep[str, int]:
# def rep[str, int](s: str, n: int) -> object:
# b0:
#   %5: str = load s
#   %7: object = box %5
#   %6: int = load n
#   %8: object = box %6
#   %2: object = obj.mul %7, %8
#   return %2
