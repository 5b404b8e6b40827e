# Binomial coefficients: multiplicative formula, Pascal's triangle and central coefficients.


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def binomial_rec(n, k):
    if k == 0 or k == n:
        return 1
    return binomial_rec(n - 1, k - 1) + binomial_rec(n - 1, k)


for n in range(11):
    for k in range(n + 1):
        print(binomial(n, k), end=" " if k < n else "\n")

print(binomial(100, 50))
print(binomial(200, 100))
print(binomial(16, 8) == binomial_rec(16, 8), binomial_rec(16, 8))
row_sum = 0
for k in range(0, 65):
    row_sum += binomial(64, k)
print("row 64 sums to", row_sum, row_sum == 2**64)
catalan = 1
for n in range(1, 16):
    catalan = binomial(2 * n, n) // (n + 1)
    if n % 3 == 0:
        print("catalan", n, catalan)
print(binomial(10, 11), binomial(10, -1))
