# for line in sys.stdin: lines keep their '\n' (the last one has none), and the loop shares the
# stream with readline() and input() after a break.
import sys

words = {}
for line in sys.stdin:
    if line.strip() == "STOP":
        break
    print(repr(line))
    for w in line.split():
        words[w.lower()] = words.get(w.lower(), 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("after STOP:", repr(sys.stdin.readline()))
print("input:", input())
rest = [line.rstrip("\n") for line in sys.stdin]
print("rest:", rest)
print("at the end:", repr(sys.stdin.readline()), sys.stdin.readlines(), repr(sys.stdin.read()))
for line in sys.stdin:
    print("never printed", line)
