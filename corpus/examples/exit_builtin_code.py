# exit(code) with an int status, after output.
codes = [0, 4]
for c in codes:
    print("code", c)
    if c:
        exit(c)
