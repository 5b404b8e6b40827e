# The math module's errors as CPython raises them: domain and range errors, TypeErrors for
# arguments of the wrong type, and the special values that are not errors.
import math

cases = [("sqrt", -1), ("log", 0), ("log", -2.5), ("log10", 0), ("log2", -1), ("log1p", -1), ("acos", 2),
         ("asin", -1.5), ("exp", 1000), ("cosh", 800), ("sinh", -800), ("sin", float("inf")), ("sqrt", "4"),
         ("exp", None), ("fabs", [1]), ("pow", 0), ("ldexp", 1e308), ("fmod", 0), ("atan", "x")]
for name, x in cases:
    try:
        match name:
            case "sqrt": r = math.sqrt(x)
            case "log": r = math.log(x)
            case "log10": r = math.log10(x)
            case "log2": r = math.log2(x)
            case "log1p": r = math.log1p(x)
            case "acos": r = math.acos(x)
            case "asin": r = math.asin(x)
            case "exp": r = math.exp(x)
            case "cosh": r = math.cosh(x)
            case "sinh": r = math.sinh(x)
            case "sin": r = math.sin(x)
            case "fabs": r = math.fabs(x)
            case "pow": r = math.pow(x, -1)
            case "ldexp": r = math.ldexp(x, 10)
            case "fmod": r = math.fmod(1.0, x)
            case _: r = math.atan(x)
        print(name, x, "->", r)
    except (ValueError, OverflowError, TypeError) as e:
        print(name, repr(x), "->", type(e).__name__, e)
print(math.log(10**500), math.log10(10**400), math.log2(2**2000), math.log(2**3000, 2))
print(math.exp(-1000), math.sqrt(float("inf")), math.isnan(math.nan), math.isinf(-math.inf), math.inf > 1e308)
print(math.pow(-8, 3), math.pow(2, -1074), math.pow(float("inf"), 0), math.pow(-1, float("inf")))
print(math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(0.75, -1074), math.ldexp(-1.0, 1024 - 1))
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print("ldexp:", e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("isclose:", e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("dist:", e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("fsum:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("fsum:", e)
print(math.fsum([math.inf, 1.0]), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
