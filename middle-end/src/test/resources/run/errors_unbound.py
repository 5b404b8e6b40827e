# A local read before any assignment on this path raises UnboundLocalError, as in CPython.
def f(flag):
    if flag:
        v = 1
    return v

print(f(True))
print(f(False))
