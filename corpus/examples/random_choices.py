# random.choices: with equal chances, with weights, with cumulative weights, k picks; its errors.
import random

random.seed(31)
colors = ["red", "green", "blue", "yellow"]
print(random.choices(colors))
print(random.choices(colors, k=10))
print(random.choices(colors, [10, 1, 1, 0], k=12))
print(random.choices(colors, weights=[0.5, 0.25, 0.125, 0.125], k=8))
print(random.choices(colors, cum_weights=[1, 2, 3, 10], k=8))
print(random.choices(range(100), k=5), random.choices("xyz", k=0), random.choices("xyz", k=-2))
counts = {c: 0 for c in colors}
for c in random.choices(colors, weights=[4, 3, 2, 1], k=10000):
    counts[c] += 1
print(counts)
for weights, cum, k in [([1, 2], None, 1), ([0, 0, 0, 0], None, 2), (None, [1, 2, 3, 4], 1.5), ([1, 2, 3, 4], [1, 2, 3, 4], 1),
                        ([1, 1, 1, float("inf")], None, 1), (3, None, 1)]:
    try:
        print(random.choices(colors, weights, cum_weights=cum, k=k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.choices([], k=1)
except IndexError as e:
    print("IndexError:", e)
print(random.uniform(1, 3), random.uniform(-0.5, 0.5), random.triangular(0, 10, 2), random.triangular(4, 4, 4))
try:
    random.uniform("a", 1)
except TypeError as e:
    print("TypeError:", e)
