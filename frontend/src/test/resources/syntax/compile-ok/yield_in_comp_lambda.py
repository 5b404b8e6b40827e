def f():
    [lambda: (yield) for x in y]
