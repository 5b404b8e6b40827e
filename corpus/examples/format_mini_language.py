# The format mini-language across types: %-formatting, str.format with indexes and fields, f-string
# specs on ints, floats, strings, bools and None, thousands separators, alternate forms and padding.

values = [0, 7, -42, 255, 123456789, 2 ** 40]
for v in values:
    print("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%e" % (v, v, v, v, v, v, v, v, v))
for v in values:
    print("{0:d}|{0:>8}|{0:<8}|{0:^8}|{0:+}|{0:,}|{0:_}|{0:#x}|{0:#o}|{0:#b}|{0:08x}".format(v))

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 2.5e20, 0.1 + 0.2]
for f in floats:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (f, f, f, f, f, f, f, f))
for f in floats:
    print(f"{f}|{f:.0f}|{f:,.2f}|{f:+.3f}|{f:.2%}|{f:g}|{f:.3g}|{f:12.4e}|{f:<10.2f}|{f:=+10.2f}")
print("rounding half to even in formats:", "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), f"{2.675:.2f}", f"{1.005:.2f}")
print("%s|%r|%s|%r" % ("text", "text", 1.0, [1, "a"]), "%s" % (None,), "%s and %s" % ((1, 2), [3]))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"), "%c%c %d%%" % ("o", "k", 100))

print("{}-{}-{}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("ha"))
print("{0[1]} {0[0]} {1[k]}".format(["x", "y"], {"k": "v"}), "{:*^11}".format("mid"), "{:>4}".format("w"))
print("{!r} {!s} {}".format("q", "q", "q"), "{:10}|{:<10}|{:>10}|".format("s", 5, 2.5))
print("{:.3}|{:.3}|{:.3}".format("abcdef", 1.23456, 0.000123456))

print(f"{True}|{False}|{True:d}|{True:>5}|{False:5}|{str(True):>6}|")
print(f"{None}|{str(None):>6}|{[1, 2]}|{(3,)}|{ {'a': 1} }|{str([1]):>5}|")
width, precision = 12, 3
print(f"{3.14159:{width}.{precision}f}|{'x':{'>'}{width}}|{42:0{width}d}")
print(f"{'left':<8}|{'right':>8}|{'centre':^9}|{'fill':~^10}|{-5:=8}|{5:=+8}")
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
print("\n".join(f"{n:<8}{q:>4} @ {p:>5.2f} = {q * p:>6.2f}" for n, q, p in rows))
print("{:,}".format(10 ** 12), f"{-1234567.5:,.1f}", f"{0.000001234:.2e}", f"{123:06.1f}", f"{-0.0:+.1f}")
