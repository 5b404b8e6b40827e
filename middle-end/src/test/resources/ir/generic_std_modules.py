# IR after dead-blocks, mem2reg: calls of the runtime modules' functions (StdModules): one rt call per call, an object per parameter; a missing default is a constant (log's base None, isclose's tolerances), keywords go to their parameter, *args become one tuple; math.pi and a from-imported constant are float constants
import math
from math import hypot, isclose, tau


def f(x, y):
    a = math.log(x)
    b = isclose(x, y, abs_tol=0.5)
    c = hypot(x, y, 1.0)
    return a + c + math.pi + tau if b else math.floor(x)
# ir:
# def f(x: object, y: object) -> object:
#   locals a: object, b: object, c: object, $j0: object
# b0:
#   %38: object = load x
#   %39: object = load y
#   %1: None = const None
#   %2: object = box %1
#   %3: float = rt rt_math_log(%38, %2)
#   %4: object = box %3
#   %7: float = const 0.5
#   %8: object = box %7
#   %9: float = const 1e-09
#   %10: object = box %9
#   %11: bool = rt rt_math_isclose(%38, %39, %10, %8)
#   %12: object = box %11
#   %15: float = const 1.0
#   %16: object = box %15
#   %17: tuple[object, object, object] = tuple %38, %39, %16
#   %18: float = rt rt_math_hypot(%17)
#   %19: object = box %18
#   %21: bool = obj.truthy %12
#   branch %21, b1, b2
# b1:  # preds b0
#   %24: object = obj.add %4, %19
#   %25: float = const 3.141592653589793
#   %26: object = box %25
#   %27: object = obj.add %24, %26
#   %28: float = const 6.283185307179586
#   %29: object = box %28
#   %30: object = obj.add %27, %29
#   jump b3
# b2:  # preds b0
#   %32: int = rt rt_math_floor(%38)
#   %33: object = box %32
#   jump b3
# b3:  # preds b1, b2
#   %37: object = phi [b1: %30], [b2: %33]
#   return %37
