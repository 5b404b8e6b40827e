{(a := 1): (b := 2) for a in x for b in y}
