# Default and keyword arguments, in every order Python allows.


def describe(value, digits=3, fill_zero=False, label="value"):
    # Pads on the left until the number has at least `digits` digits.
    text = str(value)
    limit = 10 ** (digits - 1)
    while value < limit and limit > 1:
        text = ("0" if fill_zero else " ") + text
        limit //= 10
    print(label + ": [" + text + "]")


def interest(principal, rate=0.05, years=1, compound=True):
    if compound:
        return principal * (1 + rate) ** years
    return principal * (1 + rate * years)


def clamp(x, low=0, high=100):
    return max(low, min(x, high))


describe(42)
describe(42, 5)
describe(42, fill_zero=True)
describe(value=7, label="seven", digits=4)
describe(3, label="three", digits=1)
print(interest(1000))
print(interest(1000, 0.1))
print(interest(1000, years=10))
print(interest(1000, rate=0.1, years=10, compound=False))
print(interest(principal=500, compound=False))
print(f"{interest(1000, 0.07, 30):.2f}")
print(clamp(150), clamp(-5), clamp(50), clamp(5, high=3), clamp(5, 10), clamp(high=20, x=25, low=1))


def counter(start=0, step=1, stop=10):
    total = 0
    for i in range(start, stop, step):
        total += i
    return total


print(counter(), counter(5), counter(step=3), counter(1, 2, 20), counter(stop=5, start=-5))
