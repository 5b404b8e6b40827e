# Runaway recursion raises RecursionError, which a caller may catch and go on.
def depth(n):
    return depth(n + 1) + 1


def safe_depth():
    try:
        return depth(0)
    except RecursionError as e:
        return "recursion: " + str(e)


print(safe_depth())
print(safe_depth())


def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


print(countdown(500))
