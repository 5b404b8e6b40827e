# Floor division and modulo round towards minus infinity, for ints and floats alike.

for a in range(-7, 8, 7):
    for b in range(-3, 4, 2):
        q, r = divmod(a, b)
        print(f"{a:3d} // {b:2d} = {a // b:3d}   {a:3d} % {b:2d} = {a % b:3d}   check {q * b + r == a}")

print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
q1, r1 = divmod(7.5, -2)
q2, r2 = divmod(-1, 10**30)
q3, r3 = divmod(-7.5, 2)
print(q1, r1, q2, r2, q3, r3)
print(-1 % 10**30, -(10**30) // 7, 10**30 % -7)
print(1e300 % 7, -0.0 % 5, 5 % -0.5, 0.0 // 3, -1.0 // 3)
print(3 % 1.5, -3 % 1.5, 6.0 // 0.1, 6.0 % 0.1)
hours, minutes = divmod(7384 // 60, 60)
print("7384 seconds is", hours, "h", minutes, "min", 7384 % 60, "s")
# A clock that wraps around both ways.
t = 5
for step in range(-14, 15, 7):
    print("clock", t, "+", step, "=", (t + step) % 12)
