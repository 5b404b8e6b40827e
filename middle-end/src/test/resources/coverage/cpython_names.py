# Lists CPython's public builtins and the public attributes of its built-in value types, one a
# line, for BuiltinCoverage: "builtin NAME", or "TYPE KIND NAME" where KIND says how a program
# reaches it (method: x.NAME(...), type: TYPE.NAME(...), attribute: x.NAME).
import builtins
import sys

print("version %d.%d" % sys.version_info[:2])
for name in dir(builtins):
    value = getattr(builtins, name)
    if name.startswith("_") or not callable(value):
        continue
    if isinstance(value, type) and issubclass(value, BaseException):
        continue
    print("builtin", name)
for t in (int, float, str, list, dict, set, frozenset, tuple):
    for name in dir(t):
        if name.startswith("_"):
            continue
        raw = t.__dict__.get(name)
        if raw is None:
            continue  # inherited (bool's from int): listed with its own type
        kind = type(raw).__name__
        if kind in ("getset_descriptor", "member_descriptor"):
            print(t.__name__, "attribute", name)
        elif kind in ("classmethod_descriptor", "staticmethod", "builtin_function_or_method"):
            print(t.__name__, "type", name)
        else:
            print(t.__name__, "method", name)
