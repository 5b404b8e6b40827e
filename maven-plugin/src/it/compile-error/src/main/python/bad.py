# A program with a syntax error: the build fails with the compiler's message, no Java stack trace.
total = 0
for i in range(3):
    total += i
print("total:", total
