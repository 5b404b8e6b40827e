# Exception classes with bodies: their own __init__ calling super().__init__ (which sets args),
# attributes, methods and __str__; subclasses, raise of a class (its __init__ runs), except by the
# hierarchy, isinstance, and an uncaught one reported with its __str__.
class AppError(Exception):
    """Base of the application's errors."""
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

    def describe(self):
        return f"[{self.code}] {self}"


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)
        self.what = what

    def __str__(self):
        return f"missing: {self.what}"


class Timeout(AppError):
    pass


class Plain(ValueError):
    def hint(self):
        return "plain " + str(self.args)


def find(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, e.describe(), repr(e))
try:
    raise Timeout("slow", code=7)
except NotFound:
    print("wrong")
except AppError as e:
    print("timeout", e, e.code, e.args, isinstance(e, Timeout), isinstance(e, NotFound))
try:
    raise Plain("bad", 3)
except ValueError as e:
    print(e, e.hint(), e.args)
try:
    raise Timeout
except Exception as e:
    print("class raised:", repr(e))
errors = [NotFound("a"), Timeout("t"), Plain(1)]
for err in errors:
    print(isinstance(err, AppError), str(err))
raise NotFound("config")
