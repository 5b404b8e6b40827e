# An uncaught exception made with several arguments: the last line shows the args tuple.
def check(n):
    if n > 2:
        raise ValueError("too big", n, [n])
    return n


for i in range(5):
    print(check(i))
