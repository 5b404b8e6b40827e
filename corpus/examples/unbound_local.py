# Assigning to a name anywhere in a function makes it local everywhere in it: reading it first is an error.

count = 10


def bump_with_global():
    global count
    count = count + 1
    return count


def bump_without_global(step):
    if step > 100:
        count = 0
    return count + step


print(bump_with_global(), bump_with_global())
print(bump_without_global(500))
print(bump_without_global(1))
print("unreachable")
