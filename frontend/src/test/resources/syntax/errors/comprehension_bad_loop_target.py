x = {a, 'x' for 1 in c}
