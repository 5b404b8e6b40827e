# More than the runtime's 8 KiB buffer: lines longer than it, multi-byte characters across its
# boundaries, and many short lines; input(), readline() and iteration take turns.
import sys

first = input()
print(len(first), first[:10], first[-10:])
second = sys.stdin.readline()
print(len(second), second.count("é"), repr(second[-3:]))
count = 0
chars = 0
for line in sys.stdin:
    count += 1
    chars += len(line)
    if count % 60 == 0:
        print(count, chars, repr(line))
print(count, "lines,", chars, "chars")
