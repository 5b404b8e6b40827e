x = [1, 2,
     pass 3]
