for y in z:
    try:
        pass
    except* E:
        for x in y:
            pass
        continue
