# CPython 3.11 refuses to convert ints of more than 4300 digits to str (a guard against slow conversions).
# corpus-engine: compiler

n = 2**10000
digits = 0
m = n
while m > 0:
    m //= 10
    digits += 1
print("2**10000 has", digits, "digits and ends in", n % 10**20)
print(2**10000)
big = 10**4300 - 1
print("the largest printable power of ten minus one has", 4300, "nines:", big % 1000, big // 10**4290)
print(big)
print("now one more digit:")
print(big + 1)
