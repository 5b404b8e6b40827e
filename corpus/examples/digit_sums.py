# Digit manipulations: sums, digital roots, reversal, palindromes and Armstrong numbers.
# corpus-engine: compiler


def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def num_digits(n):
    d = 1
    while n >= 10:
        n //= 10
        d += 1
    return d


def is_armstrong(n):
    k = num_digits(n)
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


def show(n):
    print(n, digit_sum(n), digital_root(n), reverse(n), num_digits(n))


show(0)
show(7)
show(19)
show(1234)
show(99999)
show(2**40)

print("digit sum of 2**1000:", digit_sum(2**1000))

pal = 0
for n in range(1, 2000):
    if n == reverse(n):
        pal += 1
print("palindromes below 2000:", pal)

print("armstrong:", end="")
for n in range(1, 10000):
    if is_armstrong(n):
        print("", n, end="")
print()

# Lychrel-style reverse-and-add until a palindrome appears.
n = 89
steps = 0
while n != reverse(n):
    n = n + reverse(n)
    steps += 1
print("89 becomes palindrome", n, "after", steps, "steps")
