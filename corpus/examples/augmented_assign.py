# Augmented assignment with every operator, on small ints, big ints and floats.

a = 7
a += 3
a -= 1
a *= 4
print(a)
a //= 5
a %= 4
a **= 10
print(a)
a <<= 70
a >>= 3
a |= 1
a &= 2**80 - 3
a ^= 255
print(a)
b = 10**20
for i in range(5):
    b *= -3
    b //= 7
    b %= 10**25
    print(b, end=" ")
print()
x = 2.5
x += 1
x *= -1.5
x /= 4
x //= 0.3
x %= 2
x **= 3
print(x)
n = -17
n //= 4
print(n)
n = -17
n %= 4
print(n)
n = 5
n **= -1
print(n)
total = 0
for i in range(1, 101):
    total += i if i % 3 else -i
print(total)
s = "a"
for i in range(4):
    s += str(i)
print(s)
