# A value pattern (a dotted name) as a mapping key needs CPython's run-time check for duplicate keys.
# expect: 5:11: error: mapping pattern keys
import sys
match {}:
    case {sys.argv: 1}:
        print("argv as a key")
    case {}:
        print("empty")
