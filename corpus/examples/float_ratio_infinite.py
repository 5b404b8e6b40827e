# float.as_integer_ratio of an infinity: CPython's OverflowError.
values = [0.5, 1e10, float("inf")]
for v in values:
    print(v.as_integer_ratio())
