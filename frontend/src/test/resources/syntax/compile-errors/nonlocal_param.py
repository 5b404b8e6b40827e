def f():
    y = 1
    def g(y):
        nonlocal y
    return g
