def f():
    [(y := 1) for x in z]
    def g():
        nonlocal y
