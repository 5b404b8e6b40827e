x = 1
lambda: [[(q := 1) for a in range(2)] for q in range(3)]
