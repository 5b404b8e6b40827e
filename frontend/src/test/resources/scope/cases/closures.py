# Closures: cells, free variables passing through blocks that never name them, nonlocal chains.
def outer(a, b=len, *args, c, d=2, **kw):
    x = 1
    y = 2
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x + y + a
        return inner
    def rebind():
        y = 3
        return y
    return middle, rebind, args, kw

def chain():
    n = 0
    def one():
        nonlocal n
        def two():
            nonlocal n
            n += 1
            def three():
                return n
            return three
        return two
    return one

def shadow(v):
    def g(v):
        return v
    return g

def deleted():
    z = 1
    def use():
        return z
    del z
    return use

def gen():
    total = 0
    yield total
    yield from range(3)

async def coro(items):
    async for i in items:
        await i
    async with items as w:
        pass
    return [j async for j in items]

def globals_in_nested():
    global G
    G = 1
    def inner():
        return G
    return inner

lam = lambda p, q=G: (lambda r: p + r)
def lam_default(k=lambda: unbound_name):
    return k
