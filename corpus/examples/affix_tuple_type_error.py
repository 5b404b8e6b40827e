# A tuple of affixes holding something other than a str: CPython's TypeError names the tuple's
# method and the item's type, after the items before it were tried.
words = ["prefix_one", "other", "prefix_two"]
marks = ("pre", "oth")
for w in words:
    print(w, w.startswith(marks, 0, len(w)))
bad = ("zzz", 3.5)
print(words[1].endswith(bad, 1, 4))
