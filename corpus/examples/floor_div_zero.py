# Integer floor division by zero raises ZeroDivisionError with CPython's integer message.


def buckets(total, size):
    return total // size


size = 4
while True:
    print(100, "items into buckets of", size, "->", buckets(100, size))
    size -= 2
