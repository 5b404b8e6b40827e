# sys.exit with a status ends the program there, with that exit status.
import sys
def check(n):
    if n > 2:
        print("too big:", n)
        sys.exit(4)
    return n
for i in range(5):
    print(check(i))
