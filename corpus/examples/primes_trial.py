# Trial-division primality, prime counting, twin primes and prime gaps below a bound.
# corpus-engine: compiler


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


count = 0
twins = 0
last = 2
largest_gap = 0
gap_start = 0
print("first primes:", end=" ")
for n in range(2, 5000):
    if is_prime(n):
        count += 1
        if count <= 15:
            print(n, end=" ")
        if n - last == 2:
            twins += 1
        if n - last > largest_gap:
            largest_gap = n - last
            gap_start = last
        last = n
print()
print("primes below 5000:", count)
print("twin pairs:", twins)
print("largest gap:", largest_gap, "after", gap_start)

for bound in range(10, 10001, 1110):
    c = 0
    for n in range(bound):
        if is_prime(n):
            c += 1
    print(f"pi({bound}) = {c}")

print(is_prime(2147483647), is_prime(2147483649), is_prime(1000000007))
