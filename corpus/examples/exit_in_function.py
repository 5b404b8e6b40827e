# sys.exit called from deep inside nested calls and loops still exits with its status.
import sys


def check(n, depth):
    if depth == 0:
        if n % 7 == 0:
            print("found multiple of 7:", n)
            sys.exit(3)
        return n
    return check(n + depth, depth - 1)


for start in range(1, 20):
    result = check(start, 3)
    print("start", start, "->", result)
print("unreachable")
