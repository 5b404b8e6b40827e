# Dict literals are not supported yet.
# expect: 4:9: error: dict
x = 5
table = {"a": 1, "b": x}
print(x)
