def f():
    return [(lambda: (yield)) for x in y]
