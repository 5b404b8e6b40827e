a.b, f(), c = 1
