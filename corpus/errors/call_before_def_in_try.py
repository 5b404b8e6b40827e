# A call in a module-level try runs before the def below binds the name (NameError in CPython);
# Waspy resolves calls statically, so it refuses the program rather than call the function.
# expect: 5:5: error: function
try:
    report()
except NameError:
    print("no report yet")


def report():
    print("report")
