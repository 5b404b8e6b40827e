def f():
    x = 1
    class C:
        global x
        def g():
            nonlocal x
