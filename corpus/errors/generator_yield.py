# Generators are not supported: a function containing yield is refused at the yield.
# expect: 7:9: error: yield


def countdown(n):
    while n > 0:
        yield n
        n -= 1


for k in range(3):
    print(k)
