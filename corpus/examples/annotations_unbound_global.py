# An annotated name without a value binds nothing: reading it at module level is a NameError.
count: int
total: float = 2.5
print(total)
print(count)
