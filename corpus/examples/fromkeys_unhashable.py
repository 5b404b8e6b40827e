# dict.fromkeys with an unhashable key: CPython's TypeError after the keys before it.
print(dict.fromkeys([1, 2]))
print(dict.fromkeys([3, [4]]))
