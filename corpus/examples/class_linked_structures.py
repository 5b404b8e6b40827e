# Linked data structures of instances: a singly linked list with __iter__/__len__/__getitem__/
# __contains__/__repr__, a binary search tree with recursive methods, a stack and a queue
# wrapping lists, and None-terminated traversals.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        return ListIter(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")

    def __contains__(self, x):
        return any(v == x for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


class ListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


class Tree:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
        else:
            self.root.insert(key)
        self.count += 1

    def inorder(self):
        out = []
        if self.root:
            self.root.walk(out)
        return out

    def height(self):
        return self.root.height() if self.root else 0


class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = TreeNode(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = TreeNode(key)
            else:
                self.right.insert(key)

    def walk(self, out):
        if self.left:
            self.left.walk(out)
        out.append(self.key)
        if self.right:
            self.right.walk(out)

    def height(self):
        lh = self.left.height() if self.left else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __bool__(self):
        return bool(self._items)


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], 4 in ll, 9 in ll)
ll.reverse()
print(list(ll), sum(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.count, t.height())
s = Stack()
for ch in "([{}])":
    if ch in "([{":
        s.push(ch)
    else:
        top = s.pop()
        print(top, ch)
print(bool(s))
try:
    s.pop()
except IndexError as e:
    print(e)
