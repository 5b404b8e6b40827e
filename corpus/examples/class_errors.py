# What a wrong use of a class raises, in CPython's words: argument binding, missing attributes,
# operators without special methods, NotImplemented, unhashable classes, exceptions raised inside
# __eq__ during a dict lookup, a __repr__ that returns no str.
class P:
    def __init__(self, x, y=1):
        self.x = x
        self.y = y
    def m(self, a):
        return a
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x

class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
    def __hash__(self):
        return 1
    def __repr__(self):
        return 42

p = P(1)
try:
    print('missing', P())
except Exception as e:
    print('missing', type(e).__name__, e)
try:
    print('too many', P(1, 2, 3))
except Exception as e:
    print('too many', type(e).__name__, e)
try:
    print('unexpected', P(1, z=3))
except Exception as e:
    print('unexpected', type(e).__name__, e)
try:
    print('multiple', P(1, x=3))
except Exception as e:
    print('multiple', type(e).__name__, e)
try:
    print('method missing', p.m())
except Exception as e:
    print('method missing', type(e).__name__, e)
try:
    print('method many', p.m(1, 2))
except Exception as e:
    print('method many', type(e).__name__, e)
try:
    print('attr', p.nothing)
except Exception as e:
    print('attr', type(e).__name__, e)
try:
    print('call', p())
except Exception as e:
    print('call', type(e).__name__, e)
try:
    print('add', p + 1)
except Exception as e:
    print('add', type(e).__name__, e)
try:
    print('lt', p < p)
except Exception as e:
    print('lt', type(e).__name__, e)
try:
    print('hash', hash(p))
except Exception as e:
    print('hash', type(e).__name__, e)
try:
    print('eq int', p == 3)
except Exception as e:
    print('eq int', type(e).__name__, e)
try:
    print('eq', p == P(1))
except Exception as e:
    print('eq', type(e).__name__, e)
try:
    print('ne', p != P(2))
except Exception as e:
    print('ne', type(e).__name__, e)
try:
    print('dict', {Bad(): 1, Bad(): 2})
except Exception as e:
    print('dict', type(e).__name__, e)
try:
    print('repr', repr(Bad()))
except Exception as e:
    print('repr', type(e).__name__, e)
try:
    print('len', len(p))
except Exception as e:
    print('len', type(e).__name__, e)
try:
    print('iter', list(p))
except Exception as e:
    print('iter', type(e).__name__, e)
try:
    print('getitem', p[0])
except Exception as e:
    print('getitem', type(e).__name__, e)
try:
    print('neg', -p)
except Exception as e:
    print('neg', type(e).__name__, e)
try:
    print('in', Bad() in [1, 2])
except Exception as e:
    print('in', type(e).__name__, e)
try:
    print('radd', 1 + p)
except Exception as e:
    print('radd', type(e).__name__, e)
try:
    print('unbound', P.m(p, 5))
except Exception as e:
    print('unbound', type(e).__name__, e)
try:
    print('class attr', P.nothing)
except Exception as e:
    print('class attr', type(e).__name__, e)
