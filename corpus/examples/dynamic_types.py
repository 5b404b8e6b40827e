# Values whose type changes at run time: variables rebound to other types, functions called with
# ints, floats and bools, branches returning different types, and functions returning None.


def double(v):
    return v + v


def half_or_none(n):
    if n % 2:
        return None
    return n // 2


def describe(v):
    if v is None:
        return "nothing"
    return "value " + str(v)


def no_return(n):
    n = n + 1


print(double(3), double(2.5), double(True), double(2**70), double(-0.0))
x = 7
print(x)
x = x / 2
print(x)
x = "seven"
print(x)
x = None
print(x, x is None, x is not None)
x = 2**65
print(x // 3)
acc = 0
for i in range(1, 8):
    acc = acc + (i / 4 if i % 3 == 0 else i)
    print(acc, end=" ")
print()
for n in range(5):
    h = half_or_none(n)
    print(n, h, describe(h), h is None)
print(no_return(1), describe(no_return(2)))
value = 1
for step in range(6):
    if step == 2:
        value = value * 0.5
    elif step == 4:
        value = str(value) + "!"
    elif step == 5:
        value = 10**20
    else:
        value = double(value) if step < 4 else value
    print(step, value)
mixed = 3 if acc > 100 else 3.0
print(mixed, double(mixed), max(1, 2.5, True), min(2, 2.0), max(2.0, 2))
