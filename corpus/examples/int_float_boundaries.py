# Conversions and comparisons between int and float near 2**53, 2**63, 2**64 and beyond.

for k in range(50, 67, 4):
    n = 2**k
    print(k, float(n), float(n + 1), float(n - 1), float(n + 3), int(float(n + 1)) - n)
print(float(2**53 + 1), float(2**53 + 3), float(2**54 + 2), float(2**54 + 6))
print(float(2**64 + 2**11), float(2**64 + 2**11 + 1), float(-(2**64) - 2**11))
print(float(10**22), float(10**22 + 1), float(10**23), float(2**1023), float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
print(2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53), 2**53 + 1 > float(2**53))
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float('inf'), -(10**400) > float('-inf'))
print(10**400 == float('inf'), 10**16 == 1e16, 10**23 == 1e23, 10**22 == 1e22)
print(int(1e16), int(1e23), int(-1.5e300) % 1000, int(2.0**63), int(-2.0**63), int(2.0**64))
print(int(1234567.99), int(-0.9999), int(4.5e15 + 0.5))
print(max(2**53 + 1, float(2**53)), min(0, -0.0), max(-0.0, 0), 3 == 3.0 == True + 2)
print(2**63 - 1 + 1, -(2**63) - 1 + 1, (2**63 - 1) * 2, -(2**63) // -1, (-(2**63)) % 7)
print(abs(-(2**63)), -(-(2**63)), (2**62 + 2**62), 4611686018427387904 * 2, -4611686018427387905 - 1)
