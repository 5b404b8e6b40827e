# A standard stream as a value (kept in a variable, passed to a function) is not supported yet:
# only its methods and iterating over sys.stdin are.
# expect: 5:5: error: sys.stdin
import sys
f = sys.stdin
print(f.readline())
