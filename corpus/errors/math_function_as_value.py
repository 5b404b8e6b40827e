# A function of a runtime module is called, never taken as a value.
# expect: 5:7: error: math.sqrt
import math

fs = [math.sqrt, math.exp]
print(len(fs))
