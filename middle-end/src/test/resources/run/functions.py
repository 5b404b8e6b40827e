# Functions: tuples returned and unpacked, recursion with mixed result types, globals updated
# through 'global', defaults, annotations that are checked but never convert a value.
counter = 0

def bump(by=1):
    global counter
    counter += by
    return counter

def stats(a: int, b: int) -> tuple[int, int]:
    return a + b, a * b

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def half(x: float) -> float:
    return x / 2

def describe(n):
    if n < 0:
        return "negative"
    if n == 0:
        return None
    return n

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

s, p = stats(3, 4)
print(s, p, stats(10, b=2))
for i in range(3):
    bump()
bump(by=10)
print("counter", counter)
print(collatz_len(27), half(3), half(2.5), describe(-1), describe(0), describe(5))
print(fact(30), fact(5) / fact(3), fact(20) // 7 ** 5)
width = 7
for n in range(1, 4):
    print(f"{n:>{width}}|{n / 3:^{width}.3}|{n * 1.5:<{width}}|")
x: float = 1
print(x, x + 0.5)
big = 1
for i in range(1, 60):
    big *= i
print(big, len(str(big)), len(str(big)) % 7)
