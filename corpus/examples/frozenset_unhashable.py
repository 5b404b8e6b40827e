# Ends with TypeError: a frozenset's items must be hashable, as a set's; a frozenset itself is
# hashable (a set is not), so frozensets nest and key dicts while sets do not.
inner = frozenset([1, 2])
outer = frozenset([inner, frozenset([3])])
print(outer, inner in outer, {inner: "pair"})
try:
    {frozenset([1]), {2}}
except TypeError as e:
    print(e)
try:
    hash({1, 2})
except TypeError as e:
    print(e)
try:
    frozenset([1]) | [2]
except TypeError as e:
    print(e)
try:
    frozenset(5)
except TypeError as e:
    print(e)
print(frozenset([(1, 2), (3, 4)]))
print(frozenset([[1, 2], [3]]))
