# Strings built from numbers with str() and +, and printed in pieces.


def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    negative = n < 0
    if negative:
        n = -n
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return "-" + digits if negative else digits


def to_base(n, base):
    if n == 0:
        return "0"
    text = ""
    while n > 0:
        d = n % base
        text = digit_char(d) + text
        n //= base
    return text


def digit_char(d):
    # Bases up to 16 only: the hex format spec names the digits 10..15.
    return str(d) if d < 10 else f"{d:x}"


def roman(n):
    out = ""
    while n >= 1000:
        out += "M"
        n -= 1000
    if n >= 900:
        out += "CM"
        n -= 900
    if n >= 500:
        out += "D"
        n -= 500
    if n >= 400:
        out += "CD"
        n -= 400
    while n >= 100:
        out += "C"
        n -= 100
    if n >= 90:
        out += "XC"
        n -= 90
    if n >= 50:
        out += "L"
        n -= 50
    if n >= 40:
        out += "XL"
        n -= 40
    while n >= 10:
        out += "X"
        n -= 10
    if n >= 9:
        out += "IX"
        n -= 9
    if n >= 5:
        out += "V"
        n -= 5
    if n >= 4:
        out += "IV"
        n -= 4
    while n >= 1:
        out += "I"
        n -= 1
    return out


for n in range(0, 20, 3):
    print(str(n) + " = 0b" + to_binary(n) + " = 0x" + to_base(n, 16) + " = " + roman(n))
print(to_binary(-37), to_binary(2**40 + 5), to_base(48879, 16), to_base(2**64 - 1, 16))
print(roman(1994), roman(2024), roman(3888))
line = ""
for i in range(1, 11):
    line = line + str(i * i) + ("," if i < 10 else ".")
print(line)
print("pi is about " + str(355 / 113) + " and e about " + str(2.718281828))
print("big: " + str(2**100) + ", negative: " + str(-5) + ", bool: " + str(True) + ", none: " + str(None))
s = ""
print("[" + s + "]", "[" + str("") + "]", str(-0.0) + str(1e16))
