# 'is' between two lists compares identity, which is not supported yet.
# expect: 5:7: error: 'is' comparisons
a = [1]
b = a
print(a is b)
