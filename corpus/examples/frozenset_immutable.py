# Ends with AttributeError: a frozenset has no method that would change it. The ones a set shares
# with it work; each mutating one is refused, as in CPython.
frozen = frozenset({"read", "write"})
print(sorted(frozen.union({"exec"})), frozen.isdisjoint(["admin"]))
for attempt in ["update", "discard", "clear", "pop"]:
    try:
        if attempt == "update":
            frozen.update({"admin"})
        elif attempt == "discard":
            frozen.discard("read")
        elif attempt == "clear":
            frozen.clear()
        else:
            frozen.pop()
    except AttributeError as e:
        print(attempt, "->", e)
try:
    frozen.difference_update({"read"})
except AttributeError as e:
    print(e)
try:
    frozen.symmetric_difference()
except TypeError as e:
    print(e)
print(sorted(frozen))
frozen.add("admin")
print("not reached")
