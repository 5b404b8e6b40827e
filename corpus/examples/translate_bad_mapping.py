# str.translate with a table whose value is neither a str, an int nor None: CPython's TypeError
# after the characters before it were mapped.
table = {ord("a"): "A", ord("b"): 2.5}
print("aaa".translate(table))
print("abc".translate(table))
