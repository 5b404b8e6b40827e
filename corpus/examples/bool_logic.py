# and/or return one of their operands; comparisons chain; conditional expressions pick a branch.

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, None or "default")
print("" and "x", "a" and "b", "" or "fallback", None and 1, False or None)
print(not 0, not 1, not "", not "x", not None, not 0.0, not -1)
print(True + True, True * 10, False - 1, True == 1, False == 0.0)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, 3 > x > 1)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 1 < 2, 5 != 5 != 6, -1 < -0.5 <= 0 == 0.0)
calls = 0


def noisy(value):
    global calls
    calls += 1
    print("  evaluated", value)
    return value


print("short and:", noisy(0) and noisy(1))
print("short or:", noisy(3) or noisy(4))
print("chain:", noisy(1) < noisy(0) < noisy(2))
print("calls", calls)


def sign(n):
    return "positive" if n > 0 else "negative" if n < 0 else "zero"


def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 5 == 0:
        return "Buzz"
    elif n % 3 == 0:
        return "Fizz"
    else:
        return str(n)


print(sign(3), sign(-2), sign(0), sign(0.0), sign(-1e-300))
for n in range(1, 16):
    print(classify(n), end=" ")
print()
a = 7
b = 3
print(max(a, b) if a and b else "one is zero", (a > b) + (a < b) * 2, a > b and a - b or b - a)
print(2**100 > 2**99 > 0, -(2**100) < 0 < 2**100, 2**64 == 2.0**64, 2**53 + 1 == 2.0**53 + 1)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1 == 1.0, 10**20 < 1e20 * 1.0000001)
