# Invariant checks with assert: messages evaluated only on failure.
calls = []


def message(text):
    calls.append(text)
    return text


def check_sorted(xs):
    for i in range(1, len(xs)):
        assert xs[i - 1] <= xs[i], message(f"out of order at {i}: {xs[i - 1]} > {xs[i]}")
    return True


def check_positive(xs):
    for x in xs:
        assert x > 0
    return True


samples = [[1, 2, 3], [1, 3, 2], [], [5, 5, 4, 1]]
for s in samples:
    try:
        print(s, check_sorted(s))
    except AssertionError as e:
        print(s, "failed:", e, e.args)

for s in [[1, 2], [3, 0, 1]]:
    try:
        print(check_positive(s))
    except AssertionError as e:
        print("not positive", repr(e), "[" + str(e) + "]")

print(calls)
assert len(calls) == 2, "two messages"
assert calls, calls
total = sum(len(s) for s in samples)
assert total == 10, f"total is {total}"
