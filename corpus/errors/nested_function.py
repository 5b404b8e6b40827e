# Nested function definitions (closures) are not supported yet.
# expect: 6:5: error: nested|closure|def


def outer(x):
    def inner(y):
        return x + y
    return inner(1)


print(outer(2))
