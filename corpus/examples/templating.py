# Templating: str.format with positions, names and specs, %-formatting, f-strings and a mini renderer.

items = [("widget", 3, 4.25), ("gadget", 12, 0.5), ("doohickey", 1, 129.99), ("thingamajig", 7, 12.0)]

print("{} ordered {} items".format("Alice", len(items)))
print("{0} and {1}, then {1} and {0}".format("left", "right"))
print("{name} is {age} years old".format(name="Bob", age=42))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("{:08.3f} {:+d} {:x} {:o} {:b} {:,}".format(3.14159, 42, 255, 8, 5, 1234567))

print("%-12s%5s%10s" % ("item", "qty", "total"))
for name, qty, price in items:
    print("%-12s%5d%10.2f" % (name, qty, qty * price))
total = sum(q * p for _, q, p in items)
print("%-12s%15.2f" % ("TOTAL", total))

for name, qty, price in items:
    flag = "bulk" if qty >= 5 else "single"
    print(f"{name.capitalize():<12}{qty:>4} x {price:>7.2f} = {qty * price:>8.2f}  [{flag:^8}]")

print(f"{'percent':>10}: {0.4567:.1%}")
print(f"{'sci':>10}: {123456.789:.3e}")
print(f"{'padded':>10}: {42:05d} {-42:05d}")
print(f"{'width':>10}: [{'x':*^9}]")


def render(template, values):
    out = ""
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start < 0:
            out += template[i:]
            break
        end = template.find("}}", start)
        out += template[i:start]
        key = template[start + 2:end].strip()
        out += str(values.get(key, "<" + key + "?>"))
        i = end + 2
    return out


letter = "Dear {{ name }},\nyour order #{{order}} of {{count}} items ships on {{ day }}.\n{{ missing }}"
print(render(letter, {"name": "Carol", "order": 1017, "count": 4, "day": "Monday"}))

rows = [dict(zip(["city", "temp", "rain"], r)) for r in [("Oslo", -3.5, 12), ("Lisbon", 17.25, 0), ("Cairo", 29.0, 1)]]
fmt = "{city:<8} {temp:>6.1f}C {rain:>3d}mm"
for r in rows:
    print(fmt.format(city=r["city"], temp=r["temp"], rain=r["rain"]))
print("{0:=^30}".format(" end "))
