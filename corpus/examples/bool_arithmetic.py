# bool is an int subtype: arithmetic, comparisons, formatting and truthiness of every kind of value.

t = True
f = False
print(t + t, t - f, t * 7, t / 2, t // 2, t % 2, t ** 10, -t, +f, abs(-t))
print(t & f, t | f, t ^ t, t << 4, t >> 1, ~f)
print(t == 1, f == 0, t == 1.0, t > f, f < 0.5, t != 2)
print(int(t), float(f), str(t), str(f), f"{t}", f"{f!r}", f"{t:>6}", f"{t:d}", f"{t:.2f}")
q, r = divmod(t, 2)
print(q, r, max(t, f), min(t, 0), round(t), pow(t, 5))
print(not 0, not 0.0, not -0.0, not 10**100, not "", not "0", not None, not float('nan'))
print(1 if 0 else 2, 3 if -0.0 else 4, 5 if 1e-320 else 6)
print(0 or -0.0 or "" or None, 1 and 2.5 and "x", (0 and 1) or (2 and 0))
