# Modular inverses and the Chinese remainder theorem with moduli that grow past 64 bits.


def inverse(a, m):
    old_r, r = a % m, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        return -1
    return old_s % m


def crt_step(r1, m1, r2, m2):
    # Combine x = r1 (mod m1) and x = r2 (mod m2) for coprime moduli.
    t = (r2 - r1) * inverse(m1, m2) % m2
    return r1 + m1 * t


for a in range(1, 11):
    print(a, inverse(a, 11), inverse(a, 12), pow(a, -1, 11) == inverse(a, 11))

x = 2
m = 3
print("x = 2 mod 3")
moduli_seen = 1
for p in range(5, 60, 2):
    if inverse(m % p, p) == -1 or p % 3 == 0:
        continue
    r = p // 2
    x = crt_step(x, m, r, p)
    m *= p
    moduli_seen += 1
    print(f"x = {r} mod {p}: x = {x} (mod {m})")
print("combined", moduli_seen, "congruences; modulus exceeds 64 bits:", m > 2**64)
print("check:", x % 7, x % 11, x % 59, x % 3)
