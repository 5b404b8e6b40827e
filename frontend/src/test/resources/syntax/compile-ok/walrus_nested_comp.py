[[(y := 1) for a in b] for c in d]
