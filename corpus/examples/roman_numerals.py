# Roman numerals: conversion both ways with lists of pairs and a dict, round trips and validation.
# corpus-engine: compiler

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = []
    for value, letters in PAIRS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r)}")

ok = all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip 1..3999:", ok)
lengths = [len(to_roman(n)) for n in range(1, 4000)]
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest numeral:", longest, to_roman(longest), max(lengths))
print("average length: %.4f" % (sum(lengths) / len(lengths)))

histogram = {}
for n in range(1, 101):
    for ch in to_roman(n):
        histogram[ch] = histogram.get(ch, 0) + 1
print("letters used for 1..100:", histogram)

for s in ["MCMXCIV", "IIII", "IC", "MMXXIV", "XLII"]:
    value = from_roman(s)
    canonical = to_roman(value)
    print(s, value, canonical, "canonical" if canonical == s else "non-canonical")

years = sorted([1066, 1492, 1776, 1914, 1969, 2001], key=lambda y: len(to_roman(y)))
print([(y, to_roman(y)) for y in years])
