# sys.stdout.write shares print's buffer, so the two interleave exactly; write() returns the
# number of code points written; sys.stderr.write goes to stderr (its last line is compared).
import sys

n = sys.stdout.write("no newline, ")
print("then print:", n)
print(sys.stdout.write("héllo 🐍\n"))
sys.stdout.write("a")
print("b", end="")
sys.stdout.write("c\n")
sys.stdout.flush()
print(sys.stderr.write("to stderr\n"))
total = 0
for word in ["x", "yy", "zzz"]:
    total += sys.stdout.write(word)
sys.stdout.write("\n")
print(total, sys.stdout.write(""))
sys.stderr.write("warning: ")
sys.stderr.flush()
sys.stderr.write("the last line of stderr\n")
sys.stdout.write("end\n")
sys.exit(4)
