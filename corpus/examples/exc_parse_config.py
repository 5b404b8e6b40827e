# Parsing "key = value" lines into typed settings, reporting bad lines and going on.
LINES = [
    "width = 80",
    "ratio = 1.5",
    "name = report",
    "height = 2x",
    "depth",
    "scale = -0.25",
    "count = 007",
    " = 3",
    "limit = 1e400",
]


def parse_value(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def parse_line(line):
    if "=" not in line:
        raise ValueError("missing '=' in " + repr(line))
    key, value = line.split("=", 1)
    key = key.strip()
    if not key:
        raise KeyError("empty key")
    return key, parse_value(value.strip())


settings = {}
errors = 0
for number, line in enumerate(LINES, 1):
    try:
        key, value = parse_line(line)
    except ValueError as e:
        errors += 1
        print(f"line {number}: {e}")
        continue
    except KeyError as e:
        errors += 1
        print(f"line {number}: key error {e}")
        continue
    else:
        settings[key] = value
    finally:
        print("checked", number)

for key in sorted(settings):
    value = settings[key]
    print(key, "->", repr(value))
print("errors:", errors)
