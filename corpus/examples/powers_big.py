# Powers and products far beyond machine words, with signs, comparisons and mixed arithmetic.

print(2**100)
print(3**200)
print(2**64 - 1, 2**63, -2**63, -(2**63) - 1)
print(7**77 % 10**12)
a = 12345678901234567890
b = 98765432109876543210
print(a * b)
print(a * b // a == b, (a * b) % b)
print(-a * b)
print((-a) // 7, (-a) % 7, a // -7, a % -7)
print(b - a, a - b)
print(2**200 // 3**100, 2**200 % 3**100)
print(10**40 + 1 > 10**40, -(10**40) < -(10**40) + 1, 10**40 == 10**40)
print(abs(-(2**90)))
print(max(2**70, 3**44, 5**30), min(-(2**70), -(3**44)))

# Products that cross the small-integer boundary step by step.
x = 1
for i in range(1, 70):
    x = x * 3
    if i % 10 == 0:
        print(i, x)
while x > 1:
    x = x // 7
print("shrunk to", x)

# Mixed big and small in one expression.
n = 2**62
print(n + n, n * 2 - n, (n + n) // 2 == n, n * n)
print(pow(2, 127) - 1)
print(1 - 2**127 + 2**127)
m = 0
for k in range(1, 40):
    m += k**20
print("sum of k**20:", m)
print(float(2**100), float(3**100), float(-(2**70)))
print(2**100 / 2**98, (10**30) / 7, 10**400 // 10**398)
