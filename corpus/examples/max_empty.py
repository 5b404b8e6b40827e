# Ends with ValueError from max() of an empty list: a weather station summarises readings per day,
# using default= where a day may be empty, then forgets it once.

readings = {
    "mon": [12.5, 14.0, 13.25],
    "tue": [15.0, 11.5],
    "wed": [9.75, 10.0, 10.5, 8.0],
    "thu": [],
    "fri": [16.0],
    "sat": [18.5, 21.0, 19.75, 17.0],
}

for day, values in readings.items():
    print(day, len(values), "readings, default max:", max(values, default=None),
          "min:", min(values, default=None))
overall = [v for values in readings.values() for v in values]
print("overall:", min(overall), max(overall), round(sum(overall) / len(overall), 4))
print("days with data:", [d for d, v in readings.items() if v])
print("warmest day:", max([d for d in readings if readings[d]], key=lambda d: max(readings[d])))
ordered = sorted(overall)
print("sorted:", ordered)
print("median:", (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2)
above = {d: len([x for x in v if x > 12]) for d, v in readings.items()}
print("readings above 12:", above)
means = {d: round(sum(v) / len(v), 3) for d, v in readings.items() if v}
print("means:", means)
print("steadiest:", min(means, key=lambda d: max(readings[d]) - min(readings[d])))

for day, values in readings.items():
    top = max(values)
    print(day, "peak", top, "spread", top - min(values))
print("not reached")
