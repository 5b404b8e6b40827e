# An assignment expression inside a lambda binds in the lambda's own scope.
# expect: 4:25: error: := | assignment expression
words = ["bb", "a", "ccc"]
print(sorted(words, key=lambda w: (n := len(w)) * 2))
