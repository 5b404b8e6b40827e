# read() of everything, after a readline(); readlines() of what a second program part would see.
import sys

first = sys.stdin.readline()
print("first:", repr(first))
text = sys.stdin.read()
print(len(text), "chars,", text.count("\n"), "newlines")
lines = text.splitlines()
print(lines[:3], lines[-1])
print(sum(int(x) for x in lines[1:]))
print(repr(sys.stdin.read()), sys.stdin.readlines())
