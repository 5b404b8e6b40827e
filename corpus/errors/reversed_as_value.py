# reversed() makes an iterator that is consumed on the spot (a loop, list(), sorted(), ...); kept
# as a value it is refused.
# expect: 5:6: error: reversed() other than as the iterable of a loop or of a consuming builtin
ages = {"ann": 31, "bob": 27}
it = reversed(ages.keys())
print(list(it))
