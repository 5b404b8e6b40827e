# Loops: nested break/continue with else clauses, ranges with negative and computed steps, a zero
# step raising ValueError as CPython does.
def primes(limit):
    found = 0
    for n in range(2, limit):
        for d in range(2, n):
            if d * d > n:
                print(n, end=" ")
                found += 1
                break
            if n % d == 0:
                break
        else:
            print(n, end=" ")
            found += 1
    print()
    return found

print(primes(30))
total = 0
i = 0
while True:
    i += 1
    if i > 100:
        break
    if i % 7:
        continue
    total += i
print(total)
for k in range(5, -6, -5):
    print(k, end=",")
print()
step = -2
for k in range(10, 0, step):
    print(k, end=" ")
print()
step = 0
for k in range(1, 2, step):
    print("never")
