# Only `import sys` is supported; importing any other module is a compile error (at the statement or at the module name).
# expect: 4:1 or 4:8: error: import
import sys
import math

print(math.sqrt(2.0))
sys.exit(0)
