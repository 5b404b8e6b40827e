"""Writes src/attrnames.c: the attribute names of the built-in types, from CPython 3.11's dir().
Run with python3 3.11 from backend/runtime: python3 tools/attrnames.py"""
import builtins

TYPES = [('T_NONE', [type(None)]), ('T_BOOL', [bool]), ('T_INT', [int]), ('T_FLOAT', [float]), ('T_STR', [str]),
         ('T_TUPLE', [tuple]), ('T_LIST', [list]), ('T_DICT', [dict]), ('T_SET', [set]), ('T_RANGE', [range]),
         ('T_EXC', [c for c in vars(builtins).values() if isinstance(c, type) and issubclass(c, BaseException)])]


def names_of(classes):
    return set().union(*[set(dir(c)) for c in classes])


def main():
    have = {t: names_of(cs) for t, cs in TYPES}
    names = sorted(set().union(*have.values()))
    rows = '\n'.join('    { "%s", %s },' % (n, ' | '.join('B(%s)' % t for t, _ in TYPES if n in have[t])) for n in names)
    with open('src/attrnames.c', 'w') as out:
        out.write('''/* attrnames.c: the attribute names of the built-in types (dir() of CPython 3.11; written by
 * tools/attrnames.py), so that reading an attribute of a built-in value raises AttributeError exactly
 * where CPython's does. Sorted by name. */
#include "rt.h"

#define B(t) (1u << (t))

const struct builtin_attr builtin_attrs[] = {
%s
};
const uint32_t builtin_attrs_count = sizeof builtin_attrs / sizeof builtin_attrs[0];
''' % rows)


main()
