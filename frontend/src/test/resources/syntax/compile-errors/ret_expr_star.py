def f():
    try:
        pass
    except* E:
        return x + 1
