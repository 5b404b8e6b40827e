# Random walks: one-dimensional and on a grid, with randrange steps, first-passage times and
# the mean squared displacement over many seeded walks.
import random
import math

random.seed(12345)


def walk_1d(steps):
    pos = 0
    furthest = 0
    for _ in range(steps):
        pos += random.choice([-1, 1])
        furthest = max(furthest, abs(pos))
    return pos, furthest


def walk_2d(steps):
    x = y = 0
    moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    for _ in range(steps):
        dx, dy = moves[random.randrange(4)]
        x += dx
        y += dy
    return x, y


def first_passage(target, limit):
    pos = 0
    for t in range(1, limit + 1):
        pos += 1 if random.random() < 0.5 else -1
        if pos == target:
            return t
    return None


for steps in [10, 100, 1000]:
    print(steps, "steps:", walk_1d(steps))
ends = [walk_2d(200) for _ in range(300)]
msd = sum(x * x + y * y for x, y in ends) / len(ends)
print("2d mean squared displacement after 200 steps:", msd, "rms", round(math.sqrt(msd), 4))
print("first passage to 5:", [first_passage(5, 2000) for _ in range(8)])
print("randrange with steps:", [random.randrange(0, 100, 7) for _ in range(10)])
print("randrange negative step:", [random.randrange(50, 0, -5) for _ in range(10)])
print("big randrange:", random.randrange(10**30), random.randint(-10**20, 10**20))
print("getrandbits:", random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(200))
