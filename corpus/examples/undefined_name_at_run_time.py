# A name bound nowhere is CPython's NameError when (and only when) it is read: the
# program runs up to that point, and a branch that never reads it costs nothing.
def lookup(flag):
    if flag:
        return missing_helper * 3
    return "fine"


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t + offset


print(lookup(False))
print(total([1, 2]) if False else "skipped")
try_count = 0
print("before")
print(try_cout + 1)
