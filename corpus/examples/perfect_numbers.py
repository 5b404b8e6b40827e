# Divisor sums: perfect, abundant and deficient numbers, amicable pairs.
# corpus-engine: compiler


def divisor_sum(n):
    # Sum of the proper divisors of n.
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total


perfect = 0
abundant = 0
deficient = 0
for n in range(1, 3000):
    s = divisor_sum(n)
    if s == n:
        perfect += 1
        print("perfect:", n)
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print("abundant", abundant, "deficient", deficient, "perfect", perfect)

for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        print("amicable pair:", a, b)

# Euclid: 2**(p-1) * (2**p - 1) is perfect when 2**p - 1 is prime.
for p in range(2, 32):
    m = 2**p - 1
    d = 3
    prime = True
    while d * d <= m and d < 50000:
        if m % d == 0:
            prime = False
            break
        d += 2
    if prime and d * d > m:
        print("p =", p, "gives perfect number", 2 ** (p - 1) * m)
