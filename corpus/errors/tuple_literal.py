# Tuples as values (stored in a variable) are not supported; only tuple assignment and swaps are.
# expect: 4:9: error: tuple
a = 1
point = (a, 2, 3)
print(a)
