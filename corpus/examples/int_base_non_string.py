# int() with an explicit base of a value that is not a str: CPython's TypeError.
print(int("11", 2))
print(int(11, 2))
