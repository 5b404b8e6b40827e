# A ledger of accounts: transfers that would overdraw raise, and are rolled back.
accounts = {"alice": 120, "bob": 50, "carol": 0}
log = []


def withdraw(name, amount):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    balance = accounts[name]
    if balance < amount:
        raise ArithmeticError(f"{name} has {balance}, needs {amount}")
    accounts[name] = balance - amount


def deposit(name, amount):
    accounts[name] += amount


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        accounts[src] += amount
        raise


requests = [
    ("alice", "bob", 30),
    ("bob", "carol", 100),
    ("carol", "alice", -5),
    ("alice", "dave", 10),
    ("zoe", "bob", 1),
    ("bob", "alice", 80),
]
for src, dst, amount in requests:
    try:
        transfer(src, dst, amount)
        log.append(("ok", src, dst, amount))
    except (ValueError, ArithmeticError) as e:
        log.append(("refused", str(e)))
    except KeyError as e:
        log.append(("unknown account", e.args[0]))

for entry in log:
    print(" ".join([str(x) for x in entry]))
print(accounts)
print(sum(accounts.values()))
