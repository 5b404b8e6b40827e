# Comprehensions are function scopes (3.11); the first iterable is evaluated outside; walrus
# targets bind in the enclosing function or module.
data = [1, 2, 3]
squares = [v * v for v in data if v]
pairs = {(a, b) for a in data for b in range(a)}
table = {k: w for k, w in zip(data, data)}
gen = (n for n in data)
nested = [[c for c in range(r)] for r in data]

if any((found := v) > 1 for v in data):
    print(found)

def f(items):
    total = [last := i for i in items]
    deep = [[(inner := j) for j in range(i)] for i in items]
    return last, inner, total, deep

def g(items):
    global gw
    return [gw := i for i in items]

def h(items):
    return [y for x in items for y in x if (z := y)]

def uses_outer(items, factor):
    return [i * factor for i in items]

def async_comp(items):
    async def inner():
        return [await i for i in items]
    return inner

def gen_in_gen(rows):
    return sum(sum(c for c in row) for row in rows)

def lam_in_comp(items):
    return [lambda: i for i in items]

def dict_nested(m):
    return {k: [v for v in vs] for k, vs in m.items()}
