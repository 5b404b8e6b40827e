# CPython evaluates a parameter's annotation when the def runs; one naming something defined nowhere is refused (the string 'Shape' would be accepted).
# expect: 3:13: error: defined
def area(s: Shape) -> float:
    return 1.0


print(area(2))
