for i in range(3):
    x = (a, *b, *c) = [1]
