try:
    pass
except* E:
    while x:
        continue
