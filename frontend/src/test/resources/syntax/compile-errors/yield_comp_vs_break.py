break
[(yield) for x in y]
