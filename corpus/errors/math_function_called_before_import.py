# A module function called before the import its body relies on: CPython's NameError is not modelled, so it is refused.
# expect: 8:7: error: before an import
def area(r):
    return math.pi * r * r


print("start")
print(area(2.0))
import math
