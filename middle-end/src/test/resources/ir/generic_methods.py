# IR after dead-blocks: a method the runtime calls by name (rt_obj_lookup_method before the arguments are evaluated, then rt_obj_call_method with them in a tuple), an unbound method as a key (the receiver's type checked, CPython's descriptor TypeError naming the value's type otherwise), 'is' between two objects, a slice assignment, str.join of any value (rt_str_join_obj)
def shorten(s, old, new):
    return s.replace(old, new, 1)
# ir:
# def shorten(s: object, old: object, new: object) -> object:
# b0:
#   %0: object = load s
#   %1: str = const 'replace'
#   %2: object = rt rt_obj_lookup_method(%0, %1)
#   %3: object = load old
#   %4: object = load new
#   %5: int = const 1
#   %6: object = box %5
#   %7: tuple[object, object, object] = tuple %3, %4, %6
#   %8: object = rt rt_obj_call_method(%2, %1, %7)
#   return %8

def keyed(xs):
    return sorted(xs, key=str.lower)
# ir:
# def keyed(xs: object) -> object:
# b0:
#   %0: object = load xs
#   %1: list = rt rt_obj_to_list(%0)
#   %2: bool = const False
#   %3: list = rt rt_list_empty()
#   %4: object = box %1
#   %5: object = rt rt_obj_iter(%4)
#   jump b1
# b1:  # preds b0, b4
#   %6: bool = rt rt_iter_step(%5)
#   branch %6, b3, b2
# b2:  # preds b1
#   %22: None = rt rt_list_sort_keyed(%1, %3, %2)
#   %23: object = box %1
#   return %23
# b3:  # preds b1
#   %7: object = rt rt_iter_value(%5)
#   %8: int = const 32
#   %9: bool = rt rt_obj_isinstance(%7, %8)
#   branch %9, b4, b5
# b4:  # preds b3
#   %15: int = const 5
#   %16: str = const 'lower'
#   %17: object = rt rt_obj_expect(%7, %15, %16)
#   %18: str = unbox %17
#   %19: str = rt rt_str_lower(%18)
#   %20: object = box %19
#   %21: None = rt rt_list_append(%3, %20)
#   jump b1
# b5:  # preds b3
#   %10: str = const "descriptor 'lower' for 'str' objects doesn't apply to a '"
#   %11: str = rt rt_obj_type_name(%7)
#   %12: str = str.concat %10, %11
#   %13: str = const "' object"
#   %14: str = str.concat %12, %13
#   raise TypeError, %14

def same(a, b):
    return a is b
# ir:
# def same(a: object, b: object) -> object:
# b0:
#   %0: object = load a
#   %1: object = load b
#   %2: bool = rt rt_obj_is(%0, %1)
#   %3: object = box %2
#   return %3

def splice(xs, ys):
    xs[1:2] = ys
# ir:
# def splice(xs: object, ys: object) -> object:
# b0:
#   %0: object = load ys
#   %1: object = load xs
#   %2: int = const 1
#   %3: object = box %2
#   %4: int = const 2
#   %5: object = box %4
#   %6: None = const None
#   %7: object = box %6
#   %8: None = rt rt_obj_setslice(%1, %3, %5, %7, %0)
#   %9: None = const None
#   %10: object = box %9
#   return %10

def joined(sep, xs):
    return sep.join(xs)
# ir:
# def joined(sep: object, xs: object) -> object:
# b0:
#   %0: object = load sep
#   %1: int = const 5
#   %2: str = const 'join'
#   %3: object = rt rt_obj_expect(%0, %1, %2)
#   %4: str = unbox %3
#   %5: object = load xs
#   %6: str = rt rt_str_join_obj(%4, %5)
#   %7: object = box %6
#   return %7
