# Modular exponentiation by hand and with pow(), Fermat tests, inverses and negative exponents.


def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def fermat_probable_prime(n):
    if n < 4:
        return n == 2 or n == 3
    for a in range(2, 8):
        if pow(a, n - 1, n) != 1:
            return False
    return True


print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), power_mod(3, 200, 10**9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0), pow(0, 0, 1), pow(7, 0, 13))
print(pow(2, -1), pow(2, -3), pow(-2, -2), 10**-2, 2.0**-1)
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -1, 10**9 + 7))
print(pow(2.5, 2), pow(4, 0.5), pow(-8, 3), (-2)**63, (-2)**64)
print(pow(2**64 + 13, 10**18, 2**61 - 1), power_mod(2**64 + 13, 10**18, 2**61 - 1))
carmichael = 561
print("561 fermat base 2:", pow(2, 560, 561) == 1, "561 base 3:", pow(3, 560, 561))
count = 0
for n in range(2, 400):
    if fermat_probable_prime(n):
        count += 1
print("probable primes below 400:", count)
m = 2**89 - 1
print("M89 probable prime:", pow(3, m - 1, m) == 1)
print("RSA toy:", pow(pow(65, 17, 3233), 2753, 3233))
