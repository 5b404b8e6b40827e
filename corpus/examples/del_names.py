# del of names: a deleted local or global can be bound again; deleting items, slices and
# several targets at once; a read after del raises NameError (with CPython's suggestion).

inventory = {"apples": 3, "pears": 0, "plums": 7}
scratch = [5, 6, 7, 8]


def restock(stock):
    empty = [k for k in stock if stock[k] == 0]
    for k in empty:
        del stock[k]
    total = sum(stock.values())
    del empty
    empty = "rebound"
    return total, empty


def swap_and_drop(pair):
    a, b = pair
    del a
    a = b * 2
    first, second = a, b
    del (first, second), b
    return a


def drop_global():
    global scratch
    kept = scratch[1:3]
    del scratch
    return kept


def maybe_delete(flag):
    temp = "kept"
    if flag:
        del temp
        temp = "replaced"
    return temp


print(restock(inventory), inventory)
print(swap_and_drop((1, 21)))
print(drop_global())
scratch = "new value"
print(scratch)
print(maybe_delete(True), maybe_delete(False))
for i in range(3):
    row = [i] * 3
    del row[0]
    print(row)
    del row
numbers = list(range(10))
del numbers[::3], numbers[-1]
print(numbers)
counter = 10
del counter
counter = 1
del counter
print("counter deleted twice")
print(counter)
