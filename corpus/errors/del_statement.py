# del removes a binding; it is not supported yet and must not be ignored.
# expect: 6:1: error: del
counter = 3
counter += 1
print(counter)
del counter
print("deleted")
