# corpus-engine: compiler
# Big-integer arithmetic on pseudo-random operands of mixed sizes and signs, printed in full.

state = 987654321


def rand_bits(bits):
    # A 64-bit linear congruential generator, concatenated until `bits` bits are filled.
    global state
    value = 0
    filled = 0
    while filled < bits:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        value = (value << 64) | state
        filled += 64
    return value >> (filled - bits)


def signed(bits):
    v = rand_bits(bits)
    return -v if rand_bits(1) else v


checks = 0
for i in range(40):
    a = signed(40 + 37 * (i % 9))
    b = signed(20 + 29 * (i % 7))
    if b == 0:
        b = 7
    q = a // b
    r = a % b
    if q * b + r != a:
        print("identity broken", a, b)
    checks += 1
    if i % 4 == 0:
        print(a, b)
        print("  //", q, "%", r)
        print("  &", a & b, "|", a | b, "^", a ^ b)
        print("  >>", a >> (i + 3), "<<", b << (i + 5), "~", ~a)
        print("  *", a * b, "+", a + b, "-", a - b)
print("identities checked:", checks)
m = rand_bits(200) | 1
for i in range(6):
    base = signed(150)
    print(pow(base, rand_bits(100), m), pow(base % m, 65537, m))
print(3**1000 // 7**300, 3**1000 % 7**300)
print((2**4096 - 1) // (2**2048 + 1), (10**500 + 12345) % (10**250 + 7))
print(-(10**300) // 3, -(10**300) % 3, (10**300) // -7, (10**300) % -7)
