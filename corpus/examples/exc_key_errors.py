# KeyError's args and str from every kind of missing key.
inventory = {"apple": 3, "pear": 0}
tags = {"red", "green"}


def show(label, e):
    print(label, "KeyError", e, repr(e), e.args, len(e.args))


for key in ["plum", 42, (1, "a"), "", "apple"]:
    try:
        print("lookup ok", inventory[key])
    except KeyError as e:
        show("lookup", e)
try:
    tags.remove("blue")
except KeyError as e:
    show("set remove", e)
try:
    inventory.pop("kiwi")
except KeyError as e:
    show("dict pop", e)
try:
    "{name}".format(other=1)
except KeyError as e:
    show("format", e)
try:
    del inventory["fig"]
except KeyError as e:
    show("del", e)

empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("popitem:", e, e.args)
s = set()
try:
    s.pop()
except KeyError as e:
    print("pop:", e, repr(e))
print(str(KeyError("x")), str(KeyError("x", "y")), str(KeyError()), repr(KeyError()))
inventory["grape"]
