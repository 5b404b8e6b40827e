# Methods with an entry of their own named unbound as key functions (str.casefold, str.isidentifier,
# float.hex, int.conjugate): the receiver type checked first, as CPython's method descriptors do.
words = ["Straße", "apple", "STRASSE", "Banana", "ﬁg"]
print(sorted(words, key=str.casefold))
print(sorted(words, key=str.isidentifier), max([2.5, 1.25], key=float.hex))
print(sorted([3, True, 2.5], key=int.conjugate))
