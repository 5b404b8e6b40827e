# Nested loops with break, continue and else: Pythagorean triples, search and skip patterns.

count = 0
for a in range(1, 30):
    for b in range(a, 30):
        if (a + b) % 2 == 0 and a % 2 == 1 and b % 2 == 1:
            continue
        for c in range(b, 43):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
                break
            if c * c > a * a + b * b:
                break
print("triples found:", count)

# for-else: the else runs only when the loop was not broken out of.
for n in range(90, 100):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

# Find the first pair whose product is a repdigit; leave both loops at once with a flag.
found = False
for i in range(10, 100):
    for j in range(i, 100):
        p = i * j
        if p > 1000 and p % 1111 == 0:
            found = True
            break
    if found:
        break
print("first repdigit product:", i, j, i * j)

# continue skips to the next iteration of the innermost loop only.
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    for j in range(10):
        if j > i:
            break
        if (i + j) % 4 == 0:
            continue
        total += i * j
print("total", total)

# An empty range never runs its body but still runs its else.
for k in range(5, 5):
    print("never")
else:
    print("empty loop else")

grid = 0
for row in range(5):
    for col in range(5):
        print("#" if (row + col) % 2 == 0 else ".", end="")
        grid += 1
    print()
print(grid, "cells")
