# Statistics of seeded normal samples (random.gauss and random.normalvariate): mean, standard
# deviation, a histogram, percentiles and a z-score check.
import random
import math

random.seed(99)


def mean(xs):
    return math.fsum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(math.fsum([(x - m) ** 2 for x in xs]) / (len(xs) - 1))


def histogram(xs, lo, hi, bins):
    counts = [0] * bins
    width = (hi - lo) / bins
    for x in xs:
        if lo <= x < hi:
            counts[math.floor((x - lo) / width)] += 1
    return counts


heights = [random.gauss(170, 8) for _ in range(5000)]
print("gauss mean", round(mean(heights), 6), "stdev", round(stdev(heights), 6))
for i, c in enumerate(histogram(heights, 140, 200, 12)):
    print(f"{140 + 5 * i:3d}-{145 + 5 * i:3d} {'#' * (c // 40)} {c}")
s = sorted(heights)
print("percentiles", [round(s[int(p * len(s) / 100)], 4) for p in [5, 25, 50, 75, 95]])
scores = [random.normalvariate(100, 15) for _ in range(3000)]
m, sd = mean(scores), stdev(scores)
within = sum(1 for x in scores if abs(x - m) <= sd)
print("normalvariate mean", round(m, 6), "stdev", round(sd, 6), "within one sd", within)
print("first values", random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(0, 1))
random.seed(99)
print("reseeded", random.gauss(170, 8) == heights[0])
print("erf-free tail estimate", round(sum(1 for x in heights if x > 186) / len(heights), 4))
print("log-likelihood", round(math.fsum([-0.5 * ((x - 170) / 8) ** 2 - math.log(8 * math.sqrt(2 * math.pi)) for x in heights[:100]]), 6))
