import a.b.c as d, e
from . import x
from ...pkg.mod import (a as b, c,)
from .. import *
x = y = z = 1
x += 1; y -= 2; z **= 3; a //= 4; b @= 5; c >>= 6; d <<= 7; e ^= 8; f |= 9; g &= 10; h %= 11; i /= 12; j *= 13
a, *b = c
[a, b] = c
(a, b), c = d
del a, b[0], c.d, (e, f), [g]
assert x, "msg"
raise
raise E from None
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for i, in x:
    pass
else:
    pass
x = yield
x = yield from y
x = await y
x = not a and b or c and not d
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = -a + +b - ~c * d / e // f % g @ h ** -i ** j << k >> l & m ^ n | o
x = a if b else c if d else e
