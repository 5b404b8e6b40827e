# difftest finding, seed 10966 (the full program: seed-10966.py), reduced by the campaign's reducer.
# different (stdout), the same as seed-10544: CPython writes 'a ' before str() of the int of
# 2 ** 262144 raises ValueError (over 4300 digits); Waspy writes nothing.
def fn34(depth35: int, p36: int, p37: float = 123.456) -> int:
    if depth35 <= 0:
        return {}.get(f"x={(min(p36, -2)):08b}", 6)
    r39 = fn34(depth35 - 1, +(2 ** 64 ** 3), 3.14159)
    print('a', r39)
    return p36
fn34(5, p36=0)
