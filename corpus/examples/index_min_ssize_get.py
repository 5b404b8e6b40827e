# Reading item -2**63 (the smallest index-sized integer) of a list is an IndexError about the
# range, not an OverflowError: CPython converts the index, then finds it out of range.

prices = [10, 20, 30]
first = -2 ** 63
print("last price:", prices[-1])
print("first slot:", prices[first])
