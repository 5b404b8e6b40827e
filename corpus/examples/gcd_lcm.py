# Euclid's algorithm three ways, least common multiples and Bezout coefficients.


def gcd_recursive(a, b):
    if b == 0:
        return a
    return gcd_recursive(b, a % b)


def gcd_iterative(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_binary(a, b):
    if a == 0:
        return b
    if b == 0:
        return a
    shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while a & 1 == 0:
        a >>= 1
    while b != 0:
        while b & 1 == 0:
            b >>= 1
        if a > b:
            a, b = b, a
        b = b - a
    return a << shift


def lcm(a, b):
    return a // gcd_iterative(a, b) * b


def bezout(a, b):
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    print("bezout", a, b, "->", old_r, "=", old_s, "*", a, "+", old_t, "*", b)
    return old_r


pairs = 0
for a in range(1, 60, 7):
    for b in range(3, 90, 11):
        g1 = gcd_recursive(a, b)
        g2 = gcd_iterative(a, b)
        g3 = gcd_binary(a, b)
        if g1 != g2 or g2 != g3:
            print("mismatch", a, b, g1, g2, g3)
        pairs += 1
print("checked", pairs, "pairs")

print(gcd_iterative(1071, 462))
print(gcd_binary(48, 180))
print(gcd_recursive(2**64, 6**40))

running = 1
for k in range(1, 21):
    running = lcm(running, k)
    if k % 5 == 0:
        print("lcm(1..", k, ") =", running)

g = bezout(240, 46)
g = bezout(99, 78)
g = bezout(2**61 - 1, 10**18 + 9)
print("done", g)
