# A double-entry ledger: postings as tuples, balances per account in dicts, a trial balance in cents.

entries = [
    ("2024-01-01", "Opening capital", [("cash", 500000), ("equity", -500000)]),
    ("2024-01-03", "Buy laptop", [("equipment", 129900), ("cash", -129900)]),
    ("2024-01-10", "Invoice client A", [("receivable", 250000), ("revenue", -250000)]),
    ("2024-01-15", "Rent", [("rent", 80000), ("cash", -80000)]),
    ("2024-01-20", "Client A pays", [("cash", 250000), ("receivable", -250000)]),
    ("2024-01-25", "Invoice client B", [("receivable", 175050), ("revenue", -175050)]),
    ("2024-01-28", "Coffee and paper", [("supplies", 4599), ("cash", -4599)]),
    ("2024-01-31", "Owner draw", [("equity", 100000), ("cash", -100000)]),
]

KIND = {"cash": "asset", "equipment": "asset", "receivable": "asset", "equity": "equity",
        "revenue": "income", "rent": "expense", "supplies": "expense"}


def money(cents):
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{frac:02d}"


balances = {}
history = {}
for date, memo, postings in entries:
    if sum(amount for _, amount in postings) != 0:
        print("unbalanced entry:", memo)
        continue
    for account, amount in postings:
        balances[account] = balances.get(account, 0) + amount
        history.setdefault(account, []).append((date, memo, amount))
    print(f"{date} {memo:<18} {len(postings)} postings")

print()
print(f"{'account':<12}{'debit':>14}{'credit':>14}")
debits = credits = 0
for account in sorted(balances):
    b = balances[account]
    if b >= 0:
        debits += b
        print(f"{account:<12}{money(b):>14}{'':>14}")
    else:
        credits -= b
        print(f"{account:<12}{'':>14}{money(-b):>14}")
print(f"{'total':<12}{money(debits):>14}{money(credits):>14}")
print("balanced:", debits == credits)

print()
print("cash history:")
running = 0
for date, memo, amount in history["cash"]:
    running += amount
    print(f"  {date} {money(amount):>12} {money(running):>12}  {memo}")

by_kind = {}
for account, b in balances.items():
    by_kind[KIND[account]] = by_kind.get(KIND[account], 0) + b
print({k: money(v) for k, v in sorted(by_kind.items())})
income = -by_kind["income"]
expense = by_kind["expense"]
print("net income:", money(income - expense), "margin %.2f%%" % ((income - expense) * 100 / income))
