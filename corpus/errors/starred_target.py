# A starred name alone as an assignment target is CPython's compile-time SyntaxError, at the target.
# expect: 4:1: error: starred assignment target must be in a list or tuple
a = [1, 2]
*b = a
print(b)
