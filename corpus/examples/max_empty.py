# Ends with ValueError from max() of an empty list: per-day maxima where one day has no readings.

readings = {
    "mon": [12.5, 14.0, 13.25],
    "tue": [15.0, 11.5],
    "wed": [9.75, 10.0, 10.5, 8.0],
    "thu": [],
    "fri": [16.0],
}

for day, values in readings.items():
    print(day, len(values), "readings, default max:", max(values, default=None))
overall = [v for values in readings.values() for v in values]
print("overall:", min(overall), max(overall), round(sum(overall) / len(overall), 4))
for day, values in readings.items():
    top = max(values)
    print(day, "peak", top, "spread", top - min(values))
print("not reached")
