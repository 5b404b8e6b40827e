# Module-level state changed through `global`: a pseudo-random generator and running statistics.

seed = 12345
draws = 0
total = 0
smallest = 1000
largest = -1


def next_random():
    # A linear congruential generator with the constants from Numerical Recipes.
    global seed, draws
    seed = (1664525 * seed + 1013904223) % 2**32
    draws += 1
    return seed


def record(value):
    global total, smallest, largest
    total += value
    if value < smallest:
        smallest = value
    if value > largest:
        largest = value


def reset():
    global total, smallest, largest
    total = 0
    smallest = 1000
    largest = -1


def roll():
    return next_random() % 6 + 1


for i in range(10):
    r = roll()
    record(r)
    print(r, end=" ")
print()
print("draws", draws, "total", total, "min", smallest, "max", largest)
reset()
sixes = 0
for i in range(6000):
    r = roll()
    record(r)
    if r == 6:
        sixes += 1
print("draws", draws, "sixes", sixes, "mean", total / 6000, "range", smallest, largest)
print("seed is now", seed)


def read_only():
    # Reading a global needs no declaration.
    return seed % 1000 + draws


print(read_only())
