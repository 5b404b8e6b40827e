# f-string formatting: fill, alignment, width, precision, d, f, x, and the !r / !s conversions.

print(f"{'name':<10}|{'qty':>5}|{'price':>9}|{'hex':^6}|")
print(f"{'':-<10}+{'':->5}+{'':->9}+{'':-^6}+")
qty = 3
price = 2.5
for i in range(1, 8):
    qty = qty * 3 % 17
    price = price * 1.37
    name = "item" + str(i)
    print(f"{name:<10}|{qty:>5d}|{price:>9.2f}|{qty * 37:^6x}|")
print(f"{'total':<10}|{qty:5}|{price * 7:9.3f}|{255:^6x}|")

pi = 3.141592653589793
print(f"[{pi:.0f}] [{pi:.1f}] [{pi:.5f}] [{pi:12.4f}] [{pi:<12.4f}] [{pi:^12.4f}] [{pi:*>12.2f}]")
print(f"[{-pi:.3f}] [{-pi:010.3f}] [{pi:010.3f}] [{1e16:.1f}] [{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}]")
print(f"[{42:d}] [{42:5d}] [{42:<5d}] [{42:^5d}] [{42:05d}] [{-42:05d}] [{42:_>7d}] [{2**70:d}]")
print(f"[{255:x}] [{255:4x}] [{255:04x}] [{-255:x}] [{2**64:x}] [{48879:x}]")
print(f"[{'hi':>6}] [{'hi':<6}] [{'hi':^6}] [{'hi':.>6}] [{'hi':=^7}]")
s = "text"
f = 0.1
print(f"{s!r} {s!s} {f!r} {f!s} {s!r:>10} {7!r} {None!r} {True!s}")
print(f"{1/3} {1/3:.3f} {2**0.5:f} {1e-7:f} {123456789.123:f}")
print(f"{True} {None} {False}|{True!s:>6}|{None!r:<6}|")
print(f"sum {1 + 2} product {6 * 7} neg {-3:03d} done")
width = 0
for w in range(1, 6):
    width += w
    print(f"{width:>4d}{width * width:>6d}{width / 7:>10.4f}")
print(f"{{literal braces}} {10}%")
