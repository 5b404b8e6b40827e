# HIR of containers: lists, dicts and sets typed by allocation site (element types in the sites'
# cells), for loops over a list as index loops, a comprehension as a loop filling a new list, a
# dict view iterated through the runtime's iterator with a lookup per key
def total(xs):
    t = 0
    for x in xs:
        t += x
    return t
# hir:

def squares(n):
    return [i * i for i in range(n) if i % 2 == 0]
# hir:

def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c
# hir:

def pairs(d):
    out = []
    for k, v in d.items():
        out.append((k, v))
    return out
# hir:

print(total(squares(10)), counts("a b a".split()), pairs({"x": 1.5}))
# hir:
