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

for acct in ACCOUNTS:
    print(acct, "branch", acct[0] + acct[1], "serial", acct[2:7], "check", acct[7])
print("not reached")
