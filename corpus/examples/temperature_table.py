# A temperature conversion table: Celsius, Fahrenheit and Kelvin with aligned columns.


def to_fahrenheit(c):
    return c * 9 / 5 + 32


def to_celsius(f):
    return (f - 32) * 5 / 9


print(f"{'C':>6} | {'F':>7} | {'K':>7}")
print("-------+---------+--------")
for c in range(-40, 101, 20):
    print(f"{c:>6d} | {to_fahrenheit(c):>7.1f} | {c + 273.15:>7.2f}")
print()
for f in range(0, 213, 53):
    c = to_celsius(f)
    print(f, "F =", c, "C =", round(c, 2), "C")
print(to_fahrenheit(37.0), to_celsius(98.6), to_celsius(to_fahrenheit(21.5)))
crossing = -100.0
while to_fahrenheit(crossing) < crossing:
    crossing += 0.5
print("scales cross at", crossing)
