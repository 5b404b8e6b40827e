# A loan amortization schedule with monthly payments, printed as an aligned table.


def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


principal = 25000.0
rate = 0.065
months = 24
pay = payment(principal, rate, months)
print(f"monthly payment: {pay:.2f}")
print(f"{'month':>5} {'interest':>10} {'principal':>10} {'balance':>12}")
balance = principal
total_interest = 0.0
for month in range(1, months + 1):
    interest = balance * rate / 12
    reduction = pay - interest
    balance -= reduction
    total_interest += interest
    if month <= 3 or month % 6 == 0:
        print(f"{month:>5d} {interest:>10.2f} {reduction:>10.2f} {balance:>12.2f}")
print(f"total interest: {total_interest:.2f}, final balance {abs(balance):.6f}")
print(payment(1000, 0, 10), round(payment(200000, 0.04, 360), 2))
for years in range(5, 31, 5):
    p = payment(300000, 0.05, years * 12)
    print(f"{years:2d} years: {p:9.2f} per month, {p * years * 12 - 300000:11.2f} interest")
