class C:
    x: g(a=1, a=2)
