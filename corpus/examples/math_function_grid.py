# Every math function over a grid of arguments, against CPython: values, special values and errors.
import math

ARGS = [0.0, -0.0, 1e-300, 1e-20, 1e-8, 0.001, 0.1, 0.25, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0,
        3.14159, 5.0, 10.0, 22.5, 100.0, 709.0, 710.0, 1e9, -0.1, -0.5, -1.0, -1.5,
        -2.0, -3.7, -30.0, -700.0, -800.0, float("inf"), float("-inf"), float("nan"), 7, -3, 10**400]

NAMES = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
         "atan", "sinh", "cosh", "tanh", "fabs", "degrees", "radians", "floor", "ceil", "trunc",
         "isfinite", "isinf", "isnan", "modf", "frexp"]


def one(name, x):
    match name:
        case "sqrt": return math.sqrt(x)
        case "exp": return math.exp(x)
        case "expm1": return math.expm1(x)
        case "log": return math.log(x)
        case "log2": return math.log2(x)
        case "log10": return math.log10(x)
        case "log1p": return math.log1p(x)
        case "sin": return math.sin(x)
        case "cos": return math.cos(x)
        case "tan": return math.tan(x)
        case "asin": return math.asin(x)
        case "acos": return math.acos(x)
        case "atan": return math.atan(x)
        case "sinh": return math.sinh(x)
        case "cosh": return math.cosh(x)
        case "tanh": return math.tanh(x)
        case "fabs": return math.fabs(x)
        case "degrees": return math.degrees(x)
        case "radians": return math.radians(x)
        case "floor": return math.floor(x)
        case "ceil": return math.ceil(x)
        case "trunc": return math.trunc(x)
        case "isfinite": return math.isfinite(x)
        case "isinf": return math.isinf(x)
        case "isnan": return math.isnan(x)
        case "modf": return math.modf(x)
    return math.frexp(x)


def two(name, x, y):
    match name:
        case "atan2": return math.atan2(x, y)
        case "pow": return math.pow(x, y)
        case "fmod": return math.fmod(x, y)
        case "copysign": return math.copysign(x, y)
        case "hypot": return math.hypot(x, y)
        case "log": return math.log(x, y)
    return math.ldexp(x, int(y))


def show(name, x, y=None):
    try:
        r = one(name, x) if y is None else two(name, x, y)
        print(name, repr(x)[:30], repr(y), repr(r)[:60])
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, repr(x)[:30], repr(y), type(e).__name__, e)


def run():
    for name in NAMES:
        for x in ARGS:
            show(name, x)
    pairs = [(1.0, 2.0), (-1.0, 2.0), (2.0, -1.0), (0.0, -0.0), (-0.0, -1.0), (3.0, 0.5), (-8.0, 1 / 3),
             (0.0, -1.0), (10.0, 400.0), (2.0, 0.5), (float("inf"), -1.0), (-2.0, 3.0), (1e-300, 1e300),
             (1.0, 1.0), (8.0, 2.0), (1000.0, 10.0), (5.0, 1e-320)]
    for x, y in pairs:
        for name in ["atan2", "pow", "fmod", "copysign", "hypot", "log", "ldexp"]:
            show(name, x, y)
    k = 0.001
    while k < 1000:
        print(k, math.sin(k), math.cos(k), math.tan(k), math.exp(k / 10), math.log(k), math.atan(k), math.tanh(k / 50))
        print(-k, math.sinh(k / 100), math.cosh(k / 100), math.asin(1 / (1 + k)), math.acos(-1 / (1 + k)), math.log1p(k), math.expm1(-k / 300))
        k = k * 1.37 + 0.011


run()
