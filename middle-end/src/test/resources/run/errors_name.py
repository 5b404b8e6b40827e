# A global read in a function before the module assigned it raises NameError.
def show():
    print(early_value)

early_value = 1
show()
unrelated = 0
def use_early_valuer():
    return early_valuer + 1
print(use_early_valuer())
early_valuer = 5
