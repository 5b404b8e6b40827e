# print writes each argument and separator as it goes: when str() of an argument raises, what
# came before it is already on stdout. A report of factorial sizes ends on a number too long to
# convert (over 4300 digits), after printing its label and separator.

def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r

for n in [10, 100, 500, 1000]:
    f = factorial(n)
    print(n, "has", len(str(f)), "digits", sep=" ")
print("small values:", [factorial(k) for k in range(6)], (factorial(3), "ok"))
print("checkpoint", 1.5, True, None, end=";\n")
huge = factorial(1600)
print("1600! =", huge, "(done)")
