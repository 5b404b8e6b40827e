# format_map with a positional field: CPython's ValueError.
print("{a}".format_map({"a": 1}))
print("{0}".format_map({"0": 1}))
