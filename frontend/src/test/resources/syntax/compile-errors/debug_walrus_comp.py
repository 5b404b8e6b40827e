[(__debug__ := 1) for x in y]
