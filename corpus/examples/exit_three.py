# sys.exit(3) ends the program with status 3 after the output so far.
import sys

total = 0
for i in range(1, 11):
    total += i
    print("partial sum", i, total)
    if total > 30:
        print("limit exceeded, exiting")
        sys.exit(3)
print("unreachable")
