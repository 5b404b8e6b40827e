# Bitwise operators on negative and big integers behave as on infinite two's complement.

print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3)
print(1 << 10, 1 << 64, 1 << 100, -1 << 70, 3 << 0)
print(1024 >> 3, -1024 >> 3, -1 >> 100, -7 >> 1, 7 >> 1, 2**100 >> 90)
big = 2**100 + 2**64 + 255
print(big & 0xFFFF, big | 1, big ^ big, big & -big, big >> 64)
print(-big & 0xFFFFFFFF, -big >> 64, ~big, (-big) ^ (2**128 - 1))
print(0xFF, 0o17, 0b1011, 0xDEADBEEF & 0xFFFF0000)


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def bit_length(n):
    if n < 0:
        n = -n
    length = 0
    while n:
        n >>= 1
        length += 1
    return length


for n in range(0, 70, 9):
    print(n, popcount(n), bit_length(n), f"{n:08x}", n & -n)
print(popcount(2**100 - 1), bit_length(-(2**70)), bit_length(10**30))
mask = (1 << 32) - 1
h = 2166136261
for i in range(20):
    h = ((h ^ i) * 16777619) & mask
print("fnv-style hash:", h, f"{h:x}")
x = 0x12345678
swapped = ((x & 0xFF) << 24) | ((x >> 8 & 0xFF) << 16) | ((x >> 16 & 0xFF) << 8) | (x >> 24)
print(f"{swapped:x}", f"{x:010x}")
print(True & False, True | False, True ^ True, True << 3)
