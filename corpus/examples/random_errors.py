# The random module's errors: empty ranges, empty sequences, oversized samples, bad seeds; the
# last one uncaught (status 1 and CPython's message).
import random

random.seed(3)
for args in [(0,), (5, 5), (10, 1), (1, 10, 0), (1, 10, -1), (2.5,), (1, 4.5)]:
    try:
        if len(args) == 1:
            print(random.randrange(args[0]))
        elif len(args) == 2:
            print(random.randrange(args[0], args[1]))
        else:
            print(random.randrange(args[0], args[1], args[2]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(random.randrange(3.0), random.randrange(1.0, 9.0))
for seq in ["", [], ()]:
    try:
        random.choice(seq)
    except IndexError as e:
        print("choice:", e)
try:
    random.sample([1, 2, 3], 4)
except ValueError as e:
    print("sample:", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("sample:", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("getrandbits:", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("seed:", e)
random.seed(2.5)
print(random.random())
random.seed(-42)
print(random.random())
random.seed(True)
print(random.random(), random.randint(1, 2**70))
print(random.randint(10, 1))
