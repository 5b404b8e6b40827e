# .index() exists on str, list, tuple and range: on a value whose type is only known at run time
# only its one-argument form is dispatched at run time; index(x, start) is refused.
# expect: 6:9: error: calling .index() on a value whose type is not known statically
items = [[1, 2, 1], "a1", (2, 1)]
for x in items:
    n = x.index(1, 1)
