# Reads a line of math function names, then one float per line (float.hex); prints each function's
# result (float.hex, or the exception class) for each float. Run by python3 and, compiled, by Waspy.
import sys
import math

NAMES = sys.stdin.readline().split()
for line in sys.stdin:
    x = float.fromhex(line.strip())
    out = []
    for name in NAMES:
        try:
            match name:
                case "exp": r = math.exp(x)
                case "expm1": r = math.expm1(x)
                case "log": r = math.log(abs(x))
                case "log2": r = math.log2(abs(x))
                case "log10": r = math.log10(abs(x))
                case "log1p": r = math.log1p(abs(x))
                case "sin": r = math.sin(x)
                case "cos": r = math.cos(x)
                case "tan": r = math.tan(x)
                case "asin": r = math.asin(x / 1000)
                case "acos": r = math.acos(x / 1000)
                case "atan": r = math.atan(x)
                case "atan2": r = math.atan2(x, 0.7)
                case "sinh": r = math.sinh(x)
                case "cosh": r = math.cosh(x)
                case "tanh": r = math.tanh(x)
                case "hypot": r = math.hypot(x, 0.3)
                case "pow": r = math.pow(abs(x), 0.37)
                case _: r = math.sqrt(abs(x))
            out.append(r.hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(" ".join(out))
