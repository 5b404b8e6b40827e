# A global read in a function before the module assigned it raises NameError.
def show():
    print(first)

first = 1
show()
def use_total():
    return zq + 1
print(use_total())
zq = 5
