def f():
    return [[await x for x in y] for z in w]
