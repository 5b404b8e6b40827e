# Ends with IndexError from a string: reading check digits from account numbers, one of them short.

ACCOUNTS = ["12345674", "98765432", "55550000", "1234", "11112222"]


def checksum(digits):
    total = 0
    for i, ch in enumerate(digits):
        weight = 3 if i % 2 == 0 else 1
        total += int(ch) * weight
    return (10 - total % 10) % 10


for acct in ACCOUNTS:
    body = acct[:-1]
    print(acct, "body", body, "check", acct[-1], "computed", checksum(body), "ok" if str(checksum(body)) == acct[-1] else "bad")



def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask(number):
    return "*" * (len(number) - 4) + number[-4:]


for card in ["4539578763621486", "4539578763621487", "79927398713", "0000000000000000"]:
    print(mask(card), "luhn", luhn_ok(card), "groups", " ".join(card[i:i + 4] for i in range(0, len(card), 4)))
print("lengths:", [len(a) for a in ACCOUNTS], "all digits:", all(a.isdigit() for a in ACCOUNTS))
print("sorted by check digit:", sorted(ACCOUNTS, key=lambda a: a[-1]))

for acct in ACCOUNTS:
    print(acct, "branch", acct[0] + acct[1], "serial", acct[2:7], "check", acct[7])
print("not reached")
