# An uncaught ValueError from math.sqrt of a negative number: CPython's message and status 1.
import math


def side(a, b):
    return math.sqrt(a * a - b * b)


print(side(5, 3))
print(side(3, 5))
