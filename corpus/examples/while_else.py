# while loops with else clauses, sentinel searches and loops that count down.
# corpus-engine: compiler


def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


for n in range(2, 30):
    print(n, first_divisor(n), end=" | ")
print()
print(first_divisor(1000003), first_divisor(999999999989), first_divisor(2**31 - 1))

# The else of a while loop runs when its condition becomes false.
i = 0
while i < 3:
    print("tick", i)
    i += 1
else:
    print("loop ended normally at", i)

i = 10
while i > 0:
    i -= 3
    if i == 4:
        print("stopped at 4")
        break
else:
    print("not reached")

# Digits of a number from the most significant end.
n = 9081726354
p = 1
while p * 10 <= n:
    p *= 10
while p:
    print(n // p % 10, end="")
    p //= 10
    if p:
        print("-", end="")
print()

# while True with an exit in the middle: the smallest triangular number with more than 100 divisors.
k = 1
tri = 0
while True:
    tri += k
    k += 1
    divisors = 0
    d = 1
    while d * d <= tri:
        if tri % d == 0:
            divisors += 2 if d * d != tri else 1
        d += 1
    if divisors > 100:
        break
print("triangular", tri, "index", k - 1)
