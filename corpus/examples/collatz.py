# Collatz sequences: step counts, peaks and the longest chain below a bound.
# corpus-engine: compiler


def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


def peak(n):
    top = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > top:
            top = n
    return top


for n in range(1, 16):
    print(n, steps(n), peak(n))

best = 1
best_steps = 0
for n in range(1, 3000):
    s = steps(n)
    if s > best_steps:
        best, best_steps = n, s
print("longest below 3000:", best, "with", best_steps, "steps")
print("peak of 27:", peak(27))

n = 27
print("trajectory of 27 starts:", end="")
for i in range(12):
    print(" " + str(n), end="")
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print()
big = 2**80 + 1
print("steps for 2**80+1:", steps(big))
