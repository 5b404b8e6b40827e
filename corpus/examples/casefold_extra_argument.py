# A method of no arguments given one: CPython's TypeError names the type and the count.
words = ["One", "Two"]
for w in words:
    print(w.casefold())
print(words[0].casefold(words[1]))
