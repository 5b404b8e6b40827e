def f():
    global y
    [(y := 1) for x in z]
    y = 2
