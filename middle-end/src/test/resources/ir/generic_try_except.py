# IR after mem2reg: try/except over SSA: inside the try the builder ends a block after each instruction that may raise, so a handler's phis take each variable's value at the end of a predecessor: the except dispatch (b2) sees count = 1 and q unbound from the division's block (b4), count = 2 and the quotient from b5; the clause tests the caught object with rt_exc_is and throws it on when it does not match; the finally block is a copy on the normal way out (b3) and on the exceptional one (b1: catch, run, throw again)
def safe(a, b):
    count = 0
    try:
        count = 1
        q = a // b
        count = 2
    except ZeroDivisionError:
        q = -count
    finally:
        count += 10
    return q, count
print(safe(7, 2), safe(1, 0))

# ir safe:
# def safe(a: object, b: object) -> object:
#   locals count: object, q: object
# b0:
#   %35: object = load a
#   %36: object = load b
#   %37: object = undef
#   %0: int = const 0
#   %1: object = box %0
#   jump b4
# b1:  # preds b2, b6, b7, b8, b9
#   %31: object = phi [b2: %29], [b6: %8], [b7: %29], [b8: %29], [b9: %29]
#   %34: object = phi [b2: %32], [b6: %6], [b7: %32], [b8: %32], [b9: %13]
#   %14: object = rt rt_exc_catch()
#   %16: int = const 10
#   %17: object = box %16
#   %18: object = rt rt_obj_iadd(%31, %17)
#   throw %14
# b2:  # preds b4, b5  # handler b1
#   %29: object = phi [b4: %3], [b5: %8]
#   %32: object = phi [b4: %37], [b5: %6]
#   %9: object = rt rt_exc_catch()
#   %10: int = const 11
#   %11: bool = rt rt_exc_is(%9, %10)
#   branch %11, b7, b8
# b3:  # preds b6, b9
#   %30: object = phi [b6: %8], [b9: %29]
#   %33: object = phi [b6: %6], [b9: %13]
#   %20: int = const 10
#   %21: object = box %20
#   %22: object = rt rt_obj_iadd(%30, %21)
#   %25: tuple[object, object] = tuple %33, %22
#   %26: object = box %25
#   return %26
# b4:  # preds b0  # handler b2
#   %2: int = const 1
#   %3: object = box %2
#   %6: object = obj.floordiv %35, %36
#   jump b5
# b5:  # preds b4  # handler b2
#   %7: int = const 2
#   %8: object = box %7
#   jump b6
# b6:  # preds b5  # handler b1
#   jump b3
# b7:  # preds b2  # handler b1
#   %13: object = obj.neg %29
#   jump b9
# b8:  # preds b2  # handler b1
#   throw %9
# b9:  # preds b7  # handler b1
#   jump b3
