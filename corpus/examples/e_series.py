# Euler's number from its series, from compound interest, and exactly with big integers.


def e_series(terms):
    total = 0.0
    term = 1.0
    for k in range(terms):
        total += term
        term /= k + 1
    return total


def compound(n):
    return (1 + 1 / n) ** n


for terms in range(1, 19, 3):
    print(terms, e_series(terms))

n = 1
while n <= 10**8:
    print(f"n={n:<10d} (1+1/n)**n = {compound(n)!r}")
    n *= 100

scale = 10**50
total = 0
term = scale
k = 0
while term > 0:
    total += term
    k += 1
    term //= k
print("e to 50 digits:", total, "terms used:", k)
print(e_series(20) == 2.718281828459045, e_series(20))
