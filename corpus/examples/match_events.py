# Processing a log of JSON-like event records with mapping patterns: required keys with nested
# patterns, optional fields through **rest, and := to keep a derived value.

events = [
    {"type": "login", "user": "ada", "ok": True},
    {"type": "login", "user": "bob", "ok": False, "reason": "bad password"},
    {"type": "purchase", "user": "ada", "items": [{"sku": "A1", "qty": 2, "price": 3.5}, {"sku": "B7", "qty": 1, "price": 10.0}]},
    {"type": "purchase", "user": "cy", "items": []},
    {"type": "logout", "user": "ada"},
    {"type": "error", "code": 500, "detail": {"path": "/cart", "retries": 3}},
    {"type": "error", "code": 404},
    {"type": "resize", "size": (1920, 1080)},
    {"type": "resize", "size": [800, 600, 2]},
    {"kind": "unknown"},
    ["not", "a", "record"],
]

revenue = 0.0
failures = {}
for event in events:
    match event:
        case {"type": "login", "user": user, "ok": True}:
            print(f"{user} logged in")
        case {"type": "login", "user": user, "ok": False, **details}:
            failures[user] = failures.get(user, 0) + 1
            print(f"{user} failed to log in: {details.get('reason', '?')}")
        case {"type": "purchase", "user": user, "items": []}:
            print(f"{user} bought nothing")
        case {"type": "purchase", "user": user, "items": [*items]}:
            if (total := sum(i["qty"] * i["price"] for i in items)) > 0:
                revenue += total
            skus = [sku for i in items for sku in [i["sku"]]]
            print(f"{user} bought {skus} for {total:.2f}")
        case {"type": "logout", "user": user}:
            print(f"{user} logged out")
        case {"type": "error", "code": 500 | 503 as code, "detail": {"path": path, **more}}:
            print(f"server error {code} at {path} ({more})")
        case {"type": "error", "code": int(code)}:
            print(f"error {code}")
        case {"type": "resize", "size": (int(w), int(h))}:
            print(f"window {w}x{h}")
        case {"type": kind, **rest}:
            print(f"unhandled {kind} event with {sorted(rest)}")
        case {}:
            print("record without a type:", event)
        case _:
            print("not a record:", event)
print(f"revenue {revenue:.2f}, failures {failures}")
