# Binary trees: allocation of many short-lived objects and recursive traversal (a GC workout).
# category: objects


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def main():
    min_depth = 4
    max_depth = 13
    stretch = make(max_depth + 1)
    print(f"stretch tree of depth {max_depth + 1}: check {stretch.check()}")
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += make(depth).check()
        print(f"{iterations} trees of depth {depth}: check {total}")
        depth += 2
    print(f"long lived tree of depth {max_depth}: check {long_lived.check()}")


main()
