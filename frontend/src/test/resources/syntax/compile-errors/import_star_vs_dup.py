def f():
    from m import *
    def g(a, a): pass
