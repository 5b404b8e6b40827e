# Float division by zero raises ZeroDivisionError('float division by zero'), unlike IEEE arithmetic.

x = 1.0
y = 0.5
for i in range(5):
    print(x, "/", y, "=", x / y)
    y = y - 0.125
print("done")
