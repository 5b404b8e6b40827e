# Lambdas are not supported yet, even when bound to a name and called like a function.
# expect: 4:10: error: lambda
base = 10
square = lambda n: n * n + base
print(square(4))
