# sys.argv: the script as given, then each argument as one str (spaces and non-ASCII kept); the
# list is one object for the whole run, so a change made through it stays.
import sys

print(sys.argv)
print(len(sys.argv), "arguments")
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
sys.argv.append("added")
args = sys.argv
args[0] = "renamed"
print(sys.argv[0], sys.argv[-1], len(sys.argv))
print(" | ".join(sorted(sys.argv[1:], key=len)))
