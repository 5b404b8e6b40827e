# Aliasing and copying: lists shared between names, [[0] * n] * m, shallow copies, += versus +,
# mutable default arguments, and functions that mutate their arguments.

a = [1, 2, 3]
b = a
b.append(4)
print("a and b share one list:", a, b, a == b)
c = a[:]
c.append(5)
print("a slice copies:", a, c)
d = list(a)
d[0] = 100
e = a.copy()
e[1] = 200
print("list() and copy():", a, d, e)

grid = [[0] * 3] * 3
grid[0][0] = 7
print("[[0] * 3] * 3 repeats one row:", grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 7
print("a comprehension makes three rows:", grid)

outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = ["new"]
print("shallow copy shares inner lists:", outer, shallow)
deep = [row[:] for row in outer]
deep[0].append(-1)
print("row copies do not:", outer, deep)

x = [1, 2]
y = x
x += [3]
print("+= extends in place:", x, y)
x = x + [4]
print("+ makes a new list:", x, y)
t = (1, [2, 3])
t[1].append(4)
print("a tuple holding a list:", t)


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print("default list is shared:", append_to(1), append_to(2), append_to(3, []), append_to(4))


def append_fresh(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print("None default is fresh:", append_fresh(1), append_fresh(2))


def normalise(values):
    total = sum(values)
    for i in range(len(values)):
        values[i] = values[i] / total
    values.append(-1.0)


weights = [1.0, 3.0, 4.0]
alias = weights
normalise(weights)
print("mutated through the argument:", weights, alias is weights)


def rebind(values):
    values = [0]
    return values


print("rebinding does not reach the caller:", rebind(weights), weights[:2])
counts = {}
shared = counts
shared["k"] = 1
print("dicts alias too:", counts, counts is shared, dict(counts) is counts)
s = {1, 2}
s2 = s
s2.add(3)
print("sets alias too:", s, s2.copy() == s, s2.copy() is s)
rows = [[]] * 2
rows[0].append("x")
print(rows, rows[0] is rows[1], grid[0] is grid[1])
