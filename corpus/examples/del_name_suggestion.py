# CPython's "Did you mean" looks at the globals bound when the NameError happens: a global that
# del removed is no longer a candidate, so a misspelled read of it gets no suggestion.

counter = 0
for step in range(3):
    counter += step
print("counter", counter)
del counter
print(countr)
