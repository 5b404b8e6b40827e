g = lambda x, x: 1
