# True division of ints gives the correctly rounded float, even for operands beyond 2**53.

print(7 / 2, -7 / 2, 6 / 3, 1 / 7, 0 / 5, -0 / 5)
print(2**53 / 1, (2**53 + 1) / 1, (2**53 + 1) / 2, (2**60 + 1) / 3)
print(10**30 / 10**10, 10**400 / 10**399, (10**400 + 1) / 10**399)
print(1 / 10**400, -(10**500) / 10**499, 2**1100 / 2**1000)
print(12345678901234567890 / 9876543210, 99999999999999999999 / 3)
print(1 / 3 + 1 / 3 + 1 / 3, 2 / 3 - 1 / 3, 10 / 4 * 4)
total = 0.0
for k in range(1, 21):
    total += 1 / (k * k)
print("basel partial sum:", total, "pi^2/6 =", 3.141592653589793**2 / 6)
n = 1
for i in range(1, 30):
    n *= 7
    if i % 7 == 0:
        print(i, n / 3, n // 3)
