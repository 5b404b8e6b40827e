# A class pattern checks isinstance first; only a subject of the class reaches the count of
# positional sub-patterns, and a count the class does not take is CPython's TypeError at run
# time (range takes none: it has no __match_args__ and does not match itself).


def classify(v):
    match v:
        case str(a, b):
            return "never"
        case range(stop):
            return "never either"
        case _:
            return "no class pattern applied to " + repr(v)


for v in [1, 2.5, [1], {"a": 1}]:
    print(classify(v))
print(classify(range(3)))
