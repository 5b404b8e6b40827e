# The random module's sequences for many seeds against CPython's: seeding by ints of every size
# (negative, bools, past 32 and 64 bits), floats, then each function in turn.
import random

SEEDS = [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, 10**40, -(10**25), True, False, 3.5, -0.25, 1e100]
for s in SEEDS:
    random.seed(s)
    row = [round(random.random(), 12), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33),
           random.getrandbits(64), random.getrandbits(95), random.randrange(7), random.randrange(-5, 5),
           random.randrange(0, 10**30, 3), random.randrange(100, -100, -7), random.randint(1, 6),
           random.randint(-2**70, 2**70), random.choice("abcdefg"), random.choice(range(10, 1000, 3)),
           random.choice((1.5, 2.5, None)), random.uniform(-1, 1), random.uniform(5, 5)]
    print(s, row)
    items = list(range(20))
    random.shuffle(items)
    words = ["w%d" % i for i in range(7)]
    random.shuffle(words)
    print("  shuffled", items, words)
    print("  samples", random.sample(range(10), 10), random.sample(range(10**6), 8), random.sample("abcdefghij", 3),
          random.sample(tuple(range(100)), 30)[:6], random.sample([1], 0))
    print("  normal", random.normalvariate(0, 1), random.gauss(10, 2), random.gauss(10, 2), random.gauss(10, 2))
random.seed(5)
a = [random.random() for _ in range(700)]
random.seed(5)
b = [random.random() for _ in range(700)]
print(a == b, a[-1], sum(random.getrandbits(8) for _ in range(1000)))
random.seed(5)
first = random.gauss(0, 1)
random.seed(5)
print("gauss state reset by seed:", random.gauss(0, 1) == first)
