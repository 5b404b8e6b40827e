def f():
    (x): g(a=1, a=2)
