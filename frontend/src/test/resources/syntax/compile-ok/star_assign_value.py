*a, b = *c, d
