# Class scopes: a class body's names are invisible to its methods; __class__ for super();
# free names passing through a class; methods named like class attributes; mangling.
x = 'module'

def f():
    x = 'f'
    y = 'f'
    class C:
        x = 'C'
        z = x
        def x(self):
            return x
        def m(self):
            return y
        def sup(self):
            return super().m()
        def cls(self):
            return __class__
        def __private(self, __arg):
            self.__attr = __arg
            __local = 1
            return __local
        __mangled = 1
        __dunder__ = 2
        def lam(self):
            return lambda: super()
        y = 'C'
    return C

class D(object, metaclass=type):
    a = 1
    b = [a for _ in range(2)]
    c = [i for i in range(a)]
    def meth(self):
        return a
    class Inner:
        def g(self):
            return D
    global gx
    gx = 1
    def uses_gx(self):
        return gx

class ___:
    __hidden = 1

class _Under:
    __hidden = 1
    import os.path as __p, sys

def with_class_free():
    v = 1
    class K:
        v = 2
        def m(self):
            return v
    return K

@decorator(lambda: x)
class E(base := object):
    pass

def top(a):
    # Python's symtable module took a function named top for the module
    return a
