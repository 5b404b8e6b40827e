# Integer modulo by zero, reached after a loop of valid modulo operations.

n = 2**70 + 3
m = 9
while m >= 0:
    print(n, "%", m, "=", n % m)
    m -= 3
print("unreachable")
