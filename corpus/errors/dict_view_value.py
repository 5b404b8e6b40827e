# dict.keys() is accepted where it is iterated or consumed, not kept as a view object.
# expect: 4:8: error: dict.keys() as a value
ages = {"ann": 31, "bob": 27}
view = ages.keys()
print(len(ages))
