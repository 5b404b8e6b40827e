# IR after range-loops, mem2reg, specialize, list-loops, mem2reg, const-fold, dead-blocks, dead-code: tests inference already answers are constants: 'is None' of a value of known kind, == and != between built-in values of different families (an int and a str, a list and None), and const-fold then drops the arms never taken; an int compared with a float stays generic (CPython compares them exactly)
def describe(n, name, items):
    if name is None:
        return "no name"
    if n == "3":
        return "never: an int is not a str"
    if items != None and n != 0.5:
        return name + " " + str(len(items))
    return "?"
print(describe(3, "x", [1, 2]), describe(4, None, [3]))

# ir describe[int, str, list]:
# def describe[int, str, list](n: int, name: str, items: list) -> str:
#   locals $j0: bool
# b0:
#   %44: int = load n
#   %45: str = load name
#   %46: list = load items
#   %41: object = box %44
#   jump b2
# b2:  # preds b0
#   jump b3
# b3:  # preds b2
#   jump b5
# b5:  # preds b3
#   jump b6
# b6:  # preds b5
#   jump b8
# b7:  # preds b8
#   %35: bool = phi [b8: %19]
#   branch %35, b9, b10
# b8:  # preds b6
#   %17: float = const 0.5
#   %18: object = box %17
#   %19: bool = obj.ne %41, %18
#   jump b7
# b9:  # preds b7
#   %22: str = const ' '
#   %24: str = str.concat %45, %22
#   %26: int = list.len %46
#   %28: str = int.str %26
#   %30: str = str.concat %24, %28
#   return %30
# b10:  # preds b7
#   jump b11
# b11:  # preds b10
#   %31: str = const '?'
#   return %31

# ir describe[int, None, list]:
# def describe[int, None, list](n: int, name: object, items: list) -> object:
#   locals $j0: bool
# b0:
#   jump b1
# b1:  # preds b0
#   %4: str = const 'no name'
#   %5: object = box %4
#   return %5

