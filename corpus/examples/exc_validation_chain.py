# Validating records: errors raised from lower-level ones with "from", then summarised.
RECORDS = [
    "ada,36,london",
    "bob,x,paris",
    "cy,-4,rome",
    "dee,51",
    ",20,oslo",
    "eve,29,berlin",
]


def parse_age(text):
    try:
        age = int(text)
    except ValueError as e:
        raise TypeError("age is not a number: " + text) from e
    if age < 0:
        raise ValueError(f"age {age} is negative")
    return age


def parse(record):
    fields = record.split(",")
    try:
        name, age, city = fields
    except ValueError:
        raise ValueError(f"expected 3 fields, got {len(fields)}") from None
    if not name:
        raise ValueError("empty name")
    return name, parse_age(age), city


good = []
problems = {}
for r in RECORDS:
    try:
        good.append(parse(r))
    except TypeError as e:
        problems[r] = "type: " + str(e)
    except ValueError as e:
        problems[r] = "value: " + str(e)

print(good)
for r, why in problems.items():
    print(f"{r!r:>18} {why}")
try:
    raise ValueError("bad cause") from 42
except TypeError as e:
    print("cause check:", e)
