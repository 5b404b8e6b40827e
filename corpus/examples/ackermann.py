# The Ackermann function for small arguments, with a call counter kept in a global.

calls = 0


def ackermann(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


for m in range(4):
    for n in range(5 if m < 3 else 4):
        calls = 0
        value = ackermann(m, n)
        print(f"A({m}, {n}) = {value:>3} after {calls:>5} calls")
