# List literals are not supported yet; the error points at the bracket.
# expect: 5:12: error: list
total = 0
for i in range(3):
    pair = [i, i * i]
    total += i
print(total)
