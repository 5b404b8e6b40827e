# Binding forms: imports, del, except-as, with-as, for targets, match captures, annotations,
# augmented assignment, star targets, decorators and defaults evaluated outside.
import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict as OD, deque
from . import sibling

def binder(p, /, q, *, r):
    a, (b, *c) = p
    d: int = 1
    e: int
    (f): int = 2
    g.h: int = 3
    i[0]: int = 4
    j += 1
    del k
    for l, m in q:
        pass
    with open(r) as n, open(r) as (o, s):
        pass
    try:
        pass
    except ValueError as t:
        pass
    try:
        pass
    except* TypeError as u:
        pass
    import json
    from math import pi as PI
    return locals()

def matcher(cmd):
    match cmd:
        case [first, *rest]:
            pass
        case {"k": value, **others}:
            pass
        case Point(x=px, y=0) | Point(x=0, y=px):
            pass
        case str() as text:
            pass
        case 1 | 2 | None:
            pass
        case _:
            pass
    return first, rest, value, others, px, text

def decorated(default=os.sep, *, kd=deque):
    pass

@staticmethod
def annotated(a: ann1, *b: ann2, c: ann3 = dflt, **d: ann4) -> ann5:
    x: local_ann = 1
    return x

def uses_before_global():
    print(q2)

def fstrings(v):
    return f"{v!r:{width}}"

def nonlocal_module():
    mv = 1
    def inner():
        global mv
        mv = 2
    return inner
