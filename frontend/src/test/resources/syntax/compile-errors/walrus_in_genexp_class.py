class C:
    g = (y := 1 for x in z)
