# sys.exit(0) stops the program early with a successful status.
import sys


def search(limit):
    for n in range(2, limit):
        if n * n % 97 == 1 and n > 1:
            return n
    return -1


print("searching")
n = search(1000)
print("square root of 1 mod 97 other than 1:", n)
if n > 0:
    sys.exit(0)
print("unreachable")
