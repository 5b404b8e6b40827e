# A global deleted by one function is unbound for every other: reads raise NameError, and
# rebinding it makes it readable again.

total_count = 0
totals = [1, 2]


def bump():
    global total_count
    total_count = total_count + 1
    return total_count


def reset():
    global total_count
    del total_count


def report():
    return "count=" + str(total_count)


print(bump(), bump(), report())
reset()
total_count = 100
print(report())
reset()
print(len(totals))
print(report())
