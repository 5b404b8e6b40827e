# Class bodies between functions: nonlocal in a class body, __class__ bound in the body, global in
# a class, comprehensions and lambdas in classes, super() in nested functions and lambdas.
def outer():
    a = 1
    class K:
        nonlocal a
        a = 2
        def m(self):
            return a
    return K

def class_cell():
    class K:
        __class__ = 1
        def m(self):
            return __class__
    return K

class G:
    global gv
    gv = 1
    def m(self):
        return gv

def comprehension_in_class():
    class K:
        items = [1]
        def m(self):
            return [x for x in items]
        total = sum(v for v in items)
        pairs = [(i, j) for i in items for j in items]
    return K

def lambda_in_class():
    y = 1
    class K:
        f = lambda self, d=y: y
    return K

class P:
    def __init__(self):
        super().__init__()
    def deep(self):
        def inner():
            return super(P, self)
        return inner, [lambda: __class__ for _ in range(1)]

def nested_classes():
    v = 0
    class A:
        v = 1
        class B:
            v = 2
            def m(self):
                return v
    return A

async def agen():
    async with ctx() as (first, second):
        yield [x async for x in first]
