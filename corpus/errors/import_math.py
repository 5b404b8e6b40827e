# Only `import sys` is supported; importing any other module is a compile error.
# expect: 4:1: error: import
import sys
import math

print(math.sqrt(2.0))
sys.exit(0)
