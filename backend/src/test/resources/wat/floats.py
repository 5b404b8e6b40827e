# Float arithmetic is plain f64 code; division calls the runtime only for a zero divisor, which
# raises ZeroDivisionError there (followed by the pending-exception check).
def mix(x: float, y: float) -> float:
    return x * y + x / y - -x
# wat mix: f64\.mul
# wat mix: f64\.add
# wat mix: f64\.neg
# wat mix: f64\.div
# wat mix: call \$rt_float_div
# wat mix: global\.get \$rt_exc_addr

print(mix(1.5, 2.0))
