# Unpacking tuples made right there (swaps, enumerate's and zip's pairs): the items go straight to the targets, in CPython's order.
a, b = 1, 2
a, b = b, a
print(a, b)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 1, 9
print(i, x)
try_ = (1, 2)
p, q = try_
print(p, q)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m, n)
for u, v in zip("ab", [1, 2]):
    print(u, v)
