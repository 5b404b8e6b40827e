def f():
    global y
    return [y := 1 for x in range(3)]
