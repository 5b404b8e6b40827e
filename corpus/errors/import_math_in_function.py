# `import math` is accepted at the module's top level only; inside a function it is a compile error.
# expect: 5:12 or 5:5: error: import
def hyp(a, b):
    # the import runs each call in CPython
    import math
    return math.sqrt(a * a + b * b)


print(hyp(3, 4))
