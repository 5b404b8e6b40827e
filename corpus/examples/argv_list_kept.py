# sys.argv is one list for the whole run: what is appended through it is seen by every later read,
# also across collections (the runtime keeps the list as a root; GcStressTest collects at every
# safepoint). The corpus runs programs without arguments; sys.argv[0] is not printed, since Node
# names the module file there.
import sys

print(len(sys.argv), sys.argv[1:])
sys.argv.append("first")
rows = []
for i in range(2000):
    rows.append([str(i)] * 3)
    if i % 500 == 0:
        sys.argv.append(str(len(rows)))
print(sys.argv[1:], len(rows))
del sys.argv[1]
argv = sys.argv
argv.insert(1, "inserted")
print(sys.argv[1:], len(sys.argv))
