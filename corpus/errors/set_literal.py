# Set displays are not supported yet.
# expect: 5:12: error: set
limit = 10
for i in range(3):
    seen = {i, i + 1, limit}
print(limit)
