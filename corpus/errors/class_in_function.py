# Classes inside functions are outside the supported language yet: the definition must be refused,
# not ignored.
# expect: 5:5: error: classes other than at the top level of the module
def make():
    class Point:
        def __init__(self, x):
            self.x = x
    return Point(3)


print(make().x)
