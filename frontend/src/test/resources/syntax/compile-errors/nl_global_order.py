def f():
    nonlocal y
    def g(a, a): pass
