def f(x):
    [x := 1 for y in z]
