# Classes are outside the supported language: the definition must be refused, not ignored.
# expect: 5:1: error: class


class Point:
    def __init__(self, x):
        self.x = x


print(Point(3).x)
