# exit() and quit() close sys.stdin before raising SystemExit: a handler that goes on reading gets ValueError.
import sys
try:
    exit(3)
except SystemExit as e:
    print("caught", e.args)
try:
    x = input("prompt> ")
except ValueError as e:
    print("input:", e)
try:
    sys.stdin.readline()
except ValueError as e:
    print("readline:", e)
try:
    for line in sys.stdin:
        pass
except ValueError as e:
    print("iter:", e)
try:
    sys.stdin.read()
except ValueError as e:
    print("read:", e)
try:
    sys.stdin.readlines()
except ValueError as e:
    print("readlines:", e)
quit()
