# Numeric and string literals in all their spellings.

print(1_000_000, 0x_FF, 0o777, 0b1010_1010, 0XAB, 0O17, 0B11)
print(123456789012345678901234567890, -98765432109876543210987654321)
print(1_000.5, .5, 5., 1e-3, 0e0, 1E5, 1.5e+3, 2.5E-3, 0.0001e4, 1_0.0_1e1_0)
print(0xFFFFFFFFFFFFFFFFFFFF, 0o1234567012345670123, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(00, 0_0, 0.0, -0, -0.0, +5, -+-5, --5)
print("double", 'single', """triple""", '''triple single''', "a" "b" 'c')
print("escapes: \\ \' \" \t| \x41 \u00e9 \U0001F600 \101 \0end")
print("", '', "\n", end="")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(f"{1_000}", f"{0xff}", f"{'inner'}", f'{"inner2"}', f"{{}}")
