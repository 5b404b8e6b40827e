# An empty stdin: read() gives '', readline() gives '', readlines() [], a for loop runs no pass,
# and input() raises EOFError after writing its prompt.
import sys

data = sys.stdin.read()
print(repr(data), len(data))
print(repr(sys.stdin.readline()), sys.stdin.readlines())
n = 0
for line in sys.stdin:
    n += 1
print("lines:", n)
print(input("prompt: "))
