# reversed() kept as a value and consumed later: over a dict view (newest key first), a list
# (the iterator sees the list as it is when consumed), and a range.
ages = {"ann": 31, "bob": 27}
it = reversed(ages.keys())
print(list(it))
xs = [1, 2, 3]
back = reversed(xs)
print(next(back))
xs[0] = 10
print(list(back), list(back))
r = reversed(range(0, 10, 3))
print(next(r), list(r))
