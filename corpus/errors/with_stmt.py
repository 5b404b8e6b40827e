# with-statements need a context manager; open() is not a builtin Waspy has yet.
# expect: 4:6: error: the builtin 'open'
print("opening")
with open("data.txt") as f:
    print("inside")
