# Warehouse inventory: a dict of dicts updated by a list of transactions, reorder reports, valuations.

stock = {
    "bolt": {"qty": 500, "price": 0.12, "reorder": 200},
    "nut": {"qty": 800, "price": 0.05, "reorder": 300},
    "washer": {"qty": 150, "price": 0.03, "reorder": 250},
    "bracket": {"qty": 40, "price": 2.75, "reorder": 25},
    "hinge": {"qty": 12, "price": 4.5, "reorder": 20},
}

transactions = [
    ("sell", "bolt", 120), ("sell", "nut", 450), ("buy", "washer", 300), ("sell", "bracket", 22),
    ("sell", "hinge", 5), ("new", "spring", 60), ("sell", "bolt", 250), ("sell", "spring", 15),
    ("sell", "washer", 400), ("buy", "hinge", 30), ("sell", "gear", 3), ("sell", "nut", 100),
]

log = []
rejected = []
for kind, name, qty in transactions:
    if kind == "new":
        stock[name] = {"qty": qty, "price": 1.1, "reorder": 20}
        log.append(f"added {name} ({qty})")
    elif name not in stock:
        rejected.append((kind, name, "unknown item"))
    elif kind == "buy":
        stock[name]["qty"] += qty
        log.append(f"bought {qty} {name}")
    elif stock[name]["qty"] < qty:
        rejected.append((kind, name, f"only {stock[name]['qty']} left"))
    else:
        stock[name]["qty"] -= qty
        log.append(f"sold {qty} {name}")

for line in log:
    print(line)
print("rejected:", rejected)

print(f"{'item':<9}{'qty':>5}{'price':>7}{'value':>9}  status")
total = 0.0
for name in sorted(stock):
    item = stock[name]
    value = item["qty"] * item["price"]
    total += value
    status = "REORDER" if item["qty"] < item["reorder"] else "ok"
    print(f"{name:<9}{item['qty']:>5}{item['price']:>7.2f}{value:>9.2f}  {status}")
print(f"total value: {total:.2f}")

to_order = {name: item["reorder"] * 2 - item["qty"] for name, item in stock.items() if item["qty"] < item["reorder"]}
print("order:", to_order)
cheapest = min(stock, key=lambda n: stock[n]["price"])
dearest = max(stock, key=lambda n: stock[n]["price"] * stock[n]["qty"])
print("cheapest:", cheapest, "most capital:", dearest)

removed = stock.pop("spring")
print("discontinued spring:", removed, "items left:", len(stock))
snapshot = {name: item["qty"] for name, item in stock.items()}
snapshot.update({"bolt": 1000, "pin": 5})
print(snapshot)
print(sorted(snapshot.items(), key=lambda kv: kv[1], reverse=True)[:3])
