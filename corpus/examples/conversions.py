# The numeric builtins: abs, min, max, int, float, divmod, pow and round across int, float and bool.

print(abs(-7), abs(7), abs(-2.5), abs(-0.0), abs(-(10**30)), abs(True), abs(False))
print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max(1, 1.0), max(1.0, 1), min(-0.0, 0.0))
print(min(10**20, 10**19), max(-1, -1.5), max(True, 0), min(3, 7, -2**65, 5))
print(int(2.9), int(-2.9), int(1e15), int(-0.0), int(2**53 + 0.0), int(False))
print(float(3), float(-7), float(0), float(2**60), float(10**22), float(10**23))
print(float('inf'), float('-inf'), float('nan'), float('1.5'), float('-0.0'), float('2.5e3'))
print(int(float(10**17)), int(1e300) % 1000, int(1.5e17) // 10**10)
q1, r1 = divmod(17, 5)
q2, r2 = divmod(-17, 5)
q3, r3 = divmod(17.0, 5)
q4, r4 = divmod(2**70, 3)
print(q1, r1, q2, r2, q3, r3, q4, r4)
print(pow(2, 16), pow(2.0, 16), pow(16, 0.25), pow(-1, 10**20), pow(5, 3, 13))
print(round(7.5), round(8.5), round(-7.5), round(2.345, 1), round(2**70 + 0.0, -10))
print(str(42) + str(4.2) + str(-0.5) + str(False) + str(10**25))
x = 17
y = 5
print(x / y, x // y, x % y, -x / y, x ** y, x ** -1, float(x) ** y)
print(1 + 2.0, 3 * 1.5, 2 - True, True / 2, 7 // 2.0, 2 ** 0.5 * 2 ** 0.5)
