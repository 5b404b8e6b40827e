# `from MODULE import NAME` is refused like any import other than `import sys`.
# expect: 3:1: error: import
from math import gcd

print(gcd(12, 18))
