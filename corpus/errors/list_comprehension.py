# A list comprehension builds a list, which is not supported yet.
# expect: 4:11: error: list|comprehension
n = 10
squares = [i * i for i in range(n)]
print(n)
