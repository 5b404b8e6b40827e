# .count() exists on str, list and tuple: on a value whose type is only known at run time it is refused.
# expect: 5:9: error: calling .count() on a value whose type is not known statically
items = [1, "a", [2]]
for x in items:
    n = x.count(1)
