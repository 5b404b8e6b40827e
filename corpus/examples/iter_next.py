# iter() and next() by hand: a header taken off a stream of lines before the loop reads the rest,
# chunks read from one shared iterator, next() with and without a default, hash() of numbers and
# tuples (CPython's numeric hash), and finally next() on an exhausted iterator (StopIteration).
rows = ["header,a,b", "1,2,3", "4,5,6"]
it = iter(rows)
head = next(it)
print("head:", head)
for line in it:
    print("row:", line.split(","))
print("after:", next(it, "done"), next(it, None))
nums = [3, 1, 4, 1, 5]
i2 = iter(nums)
print(next(i2), next(i2))
nums.append(9)
print(list(i2), sum(iter(nums)))
d = {"x": 1, "y": 2}
ki = iter(d)
print(next(ki), next(iter(d.items())), next(iter("hey")), next(iter(range(5, 9))))
print(hash(1), hash(-1), hash(2**70), hash(1.5), hash((1, 2)), hash(True), hash(0.0) == hash(0))
empty = iter([])
print(next(empty, 42))
print(next(iter(nums)))

stream = iter([5, 8, 13, 21, 34, 55, 89])
chunks = []
while True:
    first = next(stream, None)
    if first is None:
        break
    chunks.append([first, next(stream, 0)])
print("chunks:", chunks)
print(next(empty))
