# sys.stdin given to what consumes an iterable: zip() takes lines in lockstep (a line taken before
# the other side runs out is lost, as in CPython), enumerate, comprehensions, sorted, max, set,
# join, starred displays; each sees the lines the ones before it left.
import sys

print(repr(sys.stdin.readline()))
print(list(zip(range(2), sys.stdin)))
print(dict(zip(sys.stdin, range(2))))
print(sum(len(line) for _, line in zip(range(3), sys.stdin) if line.startswith("f")))
print([(i, w) for i, line in zip(range(1, 3), sys.stdin) for w in line.split()])
print(sorted(sys.stdin, key=len), (*sys.stdin,))
print(repr("".join(sys.stdin)), sorted(sys.stdin), set(sys.stdin), [*sys.stdin], max(sys.stdin, default=None))
