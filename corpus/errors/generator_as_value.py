# A generator expression exists only as the argument of a consuming builtin (sum, any, list, ...).
# expect: 4:8: error: generator expression
data = [3, 1, 2]
lazy = (x * x for x in data)
print(sum(data))
