[x for __debug__ in y]
