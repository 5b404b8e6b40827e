# Keyword sub-patterns of a class pattern read attributes, which Waspy has no object model for yet.
# expect: 5:19: error: keyword sub-patterns
value = 3
match value:
    case int(real=0):
        print("zero")
    case int(real=r):
        print("real part", r)
