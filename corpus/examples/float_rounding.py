# round(), int() and float() conversions: banker's rounding, negative digits, truncation.

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(round(12345678901234567890, -5), round(5, 3))
print(round(1e300, -299), round(0.1 + 0.2, 15), round(123.456))
print(round(2.5) + 1, round(3.5) * 2, round(-0.4))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e18), int(1e20))
print(int(123456789.987), int(-2.0**70), int(True), int(7))
print(float(1), float(-0), float(2**53 + 1), float(True))
total = 0.0
for cents in range(1, 101):
    total += cents / 100
print(total, round(total, 2), f"{total:.2f}", int(total * 100))
for i in range(11):
    v = i / 8
    print(f"{v:.3f}", round(v, 1), round(v * 10), end="; ")
print()
