# A class pattern naming a variable that holds a class, not a built-in class by its own name.
# expect: 5:14: error: class patterns
def describe(value, kind):
    match value:
        case kind():
            return "an instance of the kind"
        case _:
            return "something else"
