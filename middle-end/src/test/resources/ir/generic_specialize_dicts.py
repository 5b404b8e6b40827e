# IR after range-loops, mem2reg, specialize, list-loops, mem2reg, const-fold, dead-blocks, dead-code: dicts and sets typed by their kind: a value inference proves a dict or a set calls the runtime's dict or set function directly (rt_dict_contains, rt_dict_get, rt_dict_set, rt_set_contains), len() of it is dict.len or set.len, and the receiver check of s.add (rt_obj_expect) goes; what a dict holds is not tracked yet, so seen[w] + 1 stays obj.add
def count(words):
    seen = {}
    for w in words:
        if w in seen:
            seen[w] = seen[w] + 1
        else:
            seen[w] = 1
    return seen
def unique(words):
    s = set()
    for w in words:
        if w not in s and len(s) < 10:
            s.add(w)
    return s
c = count(["a", "b", "a"])
print(len(c), c["a"], sorted(unique(["x", "y", "x"])))

# ir count[list]:
# def count[list](words: list) -> dict:
#   locals seen: object, w: object, $list3.next: int, $list3.current: int
# b0:
#   %41: list = load words
#   %1: dict = rt rt_dict_new()
#   %33: int = const 0
#   jump b1
# b1:  # preds b0, b7
#   %39: int = phi [b0: %33], [b7: %37]
#   %35: int = list.len %41
#   %5: bool = int.lt %39, %35
#   %36: int = const 1
#   %37: int = int.add %39, %36
#   branch %5, b4, b2
# b2:  # preds b1
#   jump b3
# b3:  # preds b2
#   return %1
# b4:  # preds b1
#   %0: object = rt rt_list_get(%41, %39)
#   %6: str = unbox %0
#   %9: bool = rt rt_dict_contains(%1, %0)
#   branch %9, b5, b6
# b5:  # preds b4
#   %12: object = rt rt_dict_get(%1, %0)
#   %13: int = const 1
#   %14: object = box %13
#   %15: object = obj.add %12, %14
#   %18: None = rt rt_dict_set(%1, %0, %15)
#   jump b7
# b6:  # preds b4
#   %19: int = const 1
#   %20: object = box %19
#   %23: None = rt rt_dict_set(%1, %0, %20)
#   jump b7
# b7:  # preds b5, b6
#   jump b1

# ir unique[list]:
# def unique[list](words: list) -> set:
#   locals s: object, w: object, $j0: bool, $list4.next: int, $list4.current: int
# b0:
#   %47: list = load words
#   %1: set = rt rt_set_new()
#   %39: int = const 0
#   jump b1
# b1:  # preds b0, b9
#   %45: int = phi [b0: %39], [b9: %43]
#   %41: int = list.len %47
#   %5: bool = int.lt %45, %41
#   %42: int = const 1
#   %43: int = int.add %45, %42
#   branch %5, b4, b2
# b2:  # preds b1
#   jump b3
# b3:  # preds b2
#   return %1
# b4:  # preds b1
#   %0: object = rt rt_list_get(%47, %45)
#   %6: str = unbox %0
#   %9: bool = rt rt_set_contains(%1, %0)
#   %10: bool = bool.not %9
#   branch %10, b6, b5
# b5:  # preds b4, b6
#   %31: bool = phi [b4: %10], [b6: %16]
#   branch %31, b7, b8
# b6:  # preds b4
#   %12: int = set.len %1
#   %14: int = const 10
#   %16: bool = int.lt %12, %14
#   jump b5
# b7:  # preds b5
#   %24: None = rt rt_set_add(%1, %0)
#   jump b9
# b8:  # preds b5
#   jump b9
# b9:  # preds b7, b8
#   jump b1

