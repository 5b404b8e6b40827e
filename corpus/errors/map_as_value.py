# map() is lowered into the loop that consumes it; a map object as a value is not supported yet.
# expect: 4:11: error: map()
words = ["a", "bb"]
lengths = map(len, words)
print(words)
