# A dict view is a value whose type the compiler tracks only as "some object": reversed() of it is
# refused rather than guessed.
# expect: 5:21: error: reversed() of a value whose type is not known statically
ages = {"ann": 31, "bob": 27}
print(list(reversed(ages.keys())))
