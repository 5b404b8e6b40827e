# Naming an exception class before its class statement runs is NameError in CPython; Waspy
# knows its classes statically, so it refuses the program rather than make the exception.
# expect: 5:11: error: naming
try:
    raise Late("too early")
except NameError as e:
    print(e)


class Late(Exception):
    pass
