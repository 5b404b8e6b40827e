# A NameError for a name bound only later carries CPython's "Did you mean" suggestion when a
# similar name is bound.
counter = 10

def report():
    return countr + 1

print(counter)
print(report())
countr = 0
