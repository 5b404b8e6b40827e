# A seeded Monte Carlo simulation: estimating pi and an integral, with CPython's sequence for seed 2024.
import random
import math

random.seed(2024)


def estimate_pi(samples):
    inside = 0
    for _ in range(samples):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def integrand(name, x):
    return math.sin(x) if name == "sin" else math.exp(x)


def integrate(name, a, b, samples):
    total = 0.0
    for _ in range(samples):
        total += integrand(name, random.uniform(a, b))
    return (b - a) * total / samples


for n in [10, 100, 1000, 10000, 100000]:
    est = estimate_pi(n)
    print(f"{n:6d} samples: pi ~ {est:.6f} (error {abs(est - math.pi):.6f})")
print("integral of sin over [0, pi]:", round(integrate("sin", 0, math.pi, 20000), 6))
print("integral of exp over [0, 1]:", round(integrate("exp", 0, 1, 20000), 6), "exact", math.e - 1)
hits = [0] * 6
for _ in range(6000):
    hits[random.randint(1, 6) - 1] += 1
print("die counts", hits)
print("random() repr", random.random(), random.random())
