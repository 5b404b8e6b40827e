# Module-level code may not read a name before the import that binds it (CPython's NameError there is not modelled).
# expect: 3:7: error: before the import
print(math.pi)
import math
