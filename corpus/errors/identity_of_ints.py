# 'is' between two ints depends on CPython's small-int cache, so it is refused rather than guessed.
# expect: 5:7: error: 'is' comparisons
a = 1000
b = a + 0
print(a is b)
