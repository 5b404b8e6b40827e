# Ends with ValueError from int(): parsing a config of key=value lines until a value is not a number.

CONFIG = """width=80
height = 24
depth= -3
# comments are skipped
scale=+7
offset=   12
retries=three
timeout=30"""

settings = {}
for number, line in enumerate(CONFIG.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        print(number, "skip")
        continue
    key, _, raw = line.partition("=")
    key = key.strip()
    raw = raw.strip()
    print(number, repr(key), repr(raw), raw.lstrip("+-").isdigit())
    settings[key] = int(raw)
    print("   ", settings)
print("not reached")
