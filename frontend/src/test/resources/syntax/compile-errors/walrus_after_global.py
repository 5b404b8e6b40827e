def f():
    [(y := 1) for x in z]
    global y
