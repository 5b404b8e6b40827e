print(x[*a])
