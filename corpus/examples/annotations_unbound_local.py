# An annotation without a value makes the name local but binds nothing: reading it is an UnboundLocalError.
def f(flag: bool) -> int:
    n: int
    if flag:
        n = 3
    return n


print(f(True))
print(f(False))
