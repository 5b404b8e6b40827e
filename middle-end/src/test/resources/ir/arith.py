# IR after build: as the builder makes it, every value an object: arithmetic as obj.* primitives, a call with object arguments and result, a loop over range through the iteration protocol, print writing each piece
def add(a, b):
    return a + b
# ir:
# def add(a: object, b: object) -> object:
# b0:
#   %0: object = load a
#   %1: object = load b
#   %2: object = obj.add %0, %1
#   return %2

total = 0
for i in range(10):
    total = add(total, i)
print(total, 2 ** 100)
# ir <module>:
# def <module>() -> None:
# b0:
#   %0: int = const 0
#   %1: object = box %0
#   store global total, %1
#   %2: int = const 10
#   %3: object = box %2
#   %4: int = const 12
#   %5: bool = rt rt_obj_isinstance(%3, %4)
#   branch %5, b1, b2
# b1:  # preds b0
#   %9: int = obj.to_int %3
#   %10: int = const 0
#   %11: int = const 1
#   %12: object = rt rt_range_new(%10, %9, %11)
#   %13: object = rt rt_obj_iter(%12)
#   jump b4
# b2:  # preds b0
#   %6: list = rt rt_list_empty()
#   %7: object = box %6
#   %8: object = rt rt_obj_pop_at(%7, %3)
#   unreachable
# b4:  # preds b1, b7
#   %14: bool = rt rt_iter_step(%13)
#   branch %14, b7, b5
# b5:  # preds b4
#   jump b6
# b6:  # preds b5
#   %19: object = load global total
#   %20: int = const 2
#   %21: object = box %20
#   %22: int = const 100
#   %23: object = box %22
#   %24: object = obj.pow %21, %23
#   %25: str = const ' '
#   %26: str = const '\n'
#   %27: str = obj.str %19
#   %28: None = print.write %27
#   %29: None = print.write %25
#   %30: str = obj.str %24
#   %31: None = print.write %30
#   %32: None = print.write %26
#   %33: None = const None
#   %34: object = box %33
#   %35: None = const None
#   return %35
# b7:  # preds b4
#   %15: object = rt rt_iter_value(%13)
#   store global i, %15
#   %16: object = load global total
#   %17: object = load global i
#   %18: object = call add(%16, %17)
#   store global total, %18
#   jump b4
