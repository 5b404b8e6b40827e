# A parenthesized annotated name without a value, "(total): int", binds nothing: in read_global,
# total stays the module's (CPython's symbol table); "total: int" or an assignment would make it
# local.
total = 5


def read_global():
    (total): int
    return total * 2


def annotated_local():
    count: int = 3
    (count): int
    return count + 1


print(read_global())
print(annotated_local())
