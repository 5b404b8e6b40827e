def f():
    [*a] = 1, 2
    for *a in []: pass
