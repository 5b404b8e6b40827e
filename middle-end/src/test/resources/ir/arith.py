# IR after build: int arithmetic with a call, a loop over range and printing
def add(a, b):
    return a + b
# ir:
# def add(a: int, b: int) -> int:
# b0:
#   %0: int = load a
#   %1: int = load b
#   %2: int = int.add %0, %1
#   return %2

total = 0
for i in range(10):
    total = add(total, i)
print(total, 2 ** 100)
# ir <module>:
# def <module>() -> None:
#   locals $t0: int, $t1: int, $t2: int, $t3: int, $t4: int
# b0:
#   %0: int = const 0
#   store global total, %0
#   %1: int = const 0
#   store $t0, %1
#   %2: int = const 10
#   store $t1, %2
#   %3: int = const 1
#   store $t2, %3
#   jump b1
# b1:  # preds b0, b3
#   %4: int = load $t0
#   %5: int = load $t1
#   %6: bool = int.lt %4, %5
#   branch %6, b2, b4
# b2:  # preds b1
#   %7: int = load $t0
#   store global i, %7
#   %8: int = load global total
#   %9: int = load global i
#   %10: int = call add(%8, %9)
#   store global total, %10
#   jump b3
# b3:  # preds b2
#   %11: int = load $t0
#   %12: int = load $t2
#   %13: int = int.add %11, %12
#   store $t0, %13
#   jump b1
# b4:  # preds b1
#   jump b5
# b5:  # preds b4
#   %14: int = load global total
#   store $t3, %14
#   %15: int = const 2
#   %16: int = const 100
#   %17: int = int.pow %15, %16
#   store $t4, %17
#   %18: int = load $t3
#   %19: str = int.str %18
#   %20: str = const ' '
#   %21: str = str.concat %19, %20
#   %22: None = print.write %21
#   %23: int = load $t4
#   %24: str = int.str %23
#   %25: str = const '\n'
#   %26: str = str.concat %24, %25
#   %27: None = print.write %26
#   %28: None = const None
#   %29: None = const None
#   return %29
