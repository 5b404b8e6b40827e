# Module functions as values: a dispatch table of functions, functions passed to and called by
# others, stored in lists, compared by identity, named (__name__), and a call that does not match
# the parameters raising CPython's TypeError when it runs (the function object binds it).
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b=2):
    return a * b


OPS = {"+": add, "-": sub, "*": mul}


def evaluate(tokens):
    stack = []
    for t in tokens:
        if t in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[t](a, b))
        else:
            stack.append(int(t))
    return stack[0]


def apply_twice(f, x):
    return f(f(x, 1), 1)


print(evaluate("3 4 + 2 *".split()), evaluate("10 2 - 3 -".split()))
print(apply_twice(add, 5), apply_twice(mul, 3), mul(7))
fs = [add, sub]
print([f(10, 3) for f in fs], fs[0] is add, fs[1] is add, add.__name__)
handler = OPS.get("*")
print(handler(6), callable(handler), repr(add)[:13])
try:
    add(1)
except TypeError as e:
    print(e)
g = add
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=abs), list(map(abs, [-1, 2])))
