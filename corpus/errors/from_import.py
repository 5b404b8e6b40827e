# `from MODULE import NAME` is refused for a module other than typing, __future__, math and random.
# expect: 3:1: error: import
from os import getcwd

print(getcwd())
