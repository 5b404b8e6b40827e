def f():
    y = 1
    def g():
        print(y)
        nonlocal y
    return g
