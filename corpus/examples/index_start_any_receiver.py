# .index(x, start) on values whose type is known only at run time (a list, a tuple, a str): the
# call is dispatched on the receiver, and str.index given an int raises CPython's TypeError.
items = [[1, 2, 1], (2, 1, 1), "a1a", "a1"]
for x in items:
    if isinstance(x, str):
        print(x.index("a", 1))
    print(x.index(1, 1))
