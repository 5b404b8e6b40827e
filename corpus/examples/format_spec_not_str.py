# format() with a spec that is not a str: CPython's TypeError names its type.
print(format(5, "03"))
print(format(5, 3))
