# The recursion limit counts a function that calls nothing like any other: leaf() runs as frame
# 1000 (the module is frame 1, then 998 frames of down) and is refused as frame 1001, where
# CPython raises RecursionError on entering it.
def leaf(n: int) -> int:
    return n + 1


def down(n: int) -> int:
    if n == 0:
        return leaf(0)
    return down(n - 1) + 1


print(down(997))
print(down(998))
