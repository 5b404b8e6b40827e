# round() with and without digits on values whose decimal form sits exactly on or near a half.

for i in range(-6, 7):
    v = i + 0.5
    print(v, round(v), round(v / 10, 1), round(v * 10, -1), round(v / 100, 2))
print(round(0.285, 2), round(0.295, 2), round(1.0005, 3), round(2.5e-5, 5), round(-2.675, 2))
print(round(123456.789, -3), round(-123456.789, -4), round(5e-324, 300), round(1.5e300, -300))
print(round(10**20 + 5, -1), round(10**20 + 15, -1), round(-25, -1), round(-35, -1), round(2**70, -20))
print(round(7.0), round(-7.0), round(1e20), round(0.49999999999999994), round(4503599627370497.0))
print(f"{0.125:.2f} {0.375:.2f} {2.5:.0f} {-0.5:.0f} {1e22:.0f} {1.005:.2f} {123.456:.1f}")
