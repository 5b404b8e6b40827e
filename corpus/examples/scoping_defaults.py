# Scoping rules: globals created inside functions, calls to functions defined later, locals that
# share a global's name, and module names that shadow builtins.


def make_setting():
    global setting
    setting = "created inside a function"


make_setting()
print(setting)


def first():
    return second() + 1


def second():
    return 41


print(first())


def max(a, b):
    # A module-level def may shadow a builtin; the program's own function wins from here on.
    return a if a < b else b


print(max(3, 9), abs(-4))
limit = 3
total = 0


def add_upto(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(add_upto(limit + 2), total)


def counter(start, step=1, reverse=False):
    return start - step if reverse else start + step


print(counter(10), counter(10, 5), counter(10, reverse=True), counter(10, step=3, reverse=True))
