# The random module's continuous distributions with a seed, against CPython: uniform, triangular,
# expovariate, lognormvariate, paretovariate, weibullvariate, with int and float parameters, and
# the errors their arithmetic raises.
import random

random.seed(8)
print([round(random.uniform(1, 10), 12) for _ in range(3)], random.uniform(2.5, -2.5), random.uniform(3, 3))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(5, 5, 5))
print(random.triangular(low=1, high=2, mode=1), random.triangular(10, 0, 1))
print([random.expovariate(0.5) for _ in range(4)], random.expovariate(2))
print([random.lognormvariate(0, 0.25) for _ in range(3)])
print(random.paretovariate(3), random.paretovariate(1.5), random.weibullvariate(1, 1.5), random.weibullvariate(2.0, 3))
arrivals = []
t = 0.0
for _ in range(10):
    t += random.expovariate(1 / 4)
    arrivals.append(round(t, 6))
print("arrivals", arrivals)
for args in [("a", 1), (1, "b"), ([1], 2)]:
    try:
        random.uniform(args[0], args[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    random.gauss(0, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    random.triangular(0, 1, 5)
except ValueError as e:
    print("ValueError:", e)
print(random.random())
