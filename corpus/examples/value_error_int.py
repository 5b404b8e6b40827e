# Ends with ValueError from int(): parsing a config of key=value lines until a value is not a number.

CONFIG = """width=80
height = 24
depth= -3
# comments are skipped
scale=+7
offset=   12
retries=three
timeout=30"""



def looks_numeric(text):
    body = text[1:] if text[:1] in ("+", "-") else text
    return body.isdigit()


samples = ["80", "-3", "+7", " 12 ", "3.5", "", "0x1f", "007"]
print("numeric-looking:", [(t, looks_numeric(t.strip())) for t in samples])
print("int() of the good ones:", [int(t) for t in samples if looks_numeric(t.strip())])
print("whitespace and signs:", int(" 42\n"), int("-0"), int("+15"), int("0012"))

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
