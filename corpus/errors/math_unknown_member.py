# A member of math that the runtime's table does not have is refused at its position.
# expect: 5:7: error: math.erf
import math

print(math.erf(0.5))
