# startswith/endswith given an affix that is neither a str nor a tuple of str, with bounds: the
# TypeError names the method and the argument's type, as CPython's does.
names = ["alpha.py", "beta.txt", "gamma.py"]
for n in names:
    print(n, n.endswith(".py", 0, len(n)), n.startswith(("al", "ga"), 0, 3))
limit = len(names)
print("checking with a count instead of a suffix")
print(names[0].endswith(limit, 0, 5))
