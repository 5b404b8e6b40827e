# Arbitrary precision by hand: numbers as little-endian digit lists, add, multiply, factorials, checked
# against Python's own ints.


def to_digits(n):
    return [int(d) for d in reversed(str(n))]


def from_digits(ds):
    return int("".join(str(d) for d in reversed(ds)))


def add(a, b):
    out = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        out.append(s % 10)
        carry = s // 10
    if carry:
        out.append(carry)
    return out


def mul(a, b):
    out = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            cur = out[i + j] + x * y + carry
            out[i + j] = cur % 10
            carry = cur // 10
        k = i + len(b)
        while carry:
            cur = out[k] + carry
            out[k] = cur % 10
            carry = cur // 10
            k += 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def mul_small(a, k):
    return mul(a, to_digits(k))


print(to_digits(9075), from_digits([5, 7, 0, 9]))
print("999 + 1 =", from_digits(add(to_digits(999), to_digits(1))))
print("12345 * 6789 =", from_digits(mul(to_digits(12345), to_digits(6789))), 12345 * 6789)

fact = [1]
for k in range(1, 51):
    fact = mul_small(fact, k)
    if k % 10 == 0:
        print(f"{k}! has {len(fact)} digits, digit sum {sum(fact)}")
exact = 1
for k in range(1, 51):
    exact *= k
print("50! agrees with int arithmetic:", from_digits(fact) == exact)
trailing = 0
while fact[trailing] == 0:
    trailing += 1
print("trailing zeros of 50!:", trailing)

a, b = [0], [1]
for i in range(200):
    a, b = b, add(a, b)
print("fib(200) =", from_digits(a))
power = [1]
for i in range(100):
    power = add(power, power)
print("2**100 by doubling:", from_digits(power) == 2 ** 100, len(power), "digits")
print("digit histogram of 2**100:", [power.count(d) for d in range(10)])
