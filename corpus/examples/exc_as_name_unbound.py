# The name of an 'except ... as' clause is unbound when the clause ends, on every way out.
def f(x):
    e = "before"
    try:
        1 // x
    except ZeroDivisionError as e:
        print("in", e)
    try:
        print(e)
    except NameError as ne:
        print("unbound:", ne)
f(0)
f(1)
try:
    raise ValueError("m")
except ValueError as err:
    pass
try:
    print(err)
except NameError as n2:
    print(n2)
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as k:
            if i == 1:
                return k.args
            del k
g()
print(g())
