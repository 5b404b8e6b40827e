# finally blocks on every way out: return, break, continue, and a finally that returns.
trace = []


def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            trace.append(("looked at", x))
    return None


print(first_even([3, 5, 8, 9]), trace)
trace.clear()


def override():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(override(), swallow())


def loop_control():
    done = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            done.append(i)
        finally:
            done.append(-i)
    return done


print(loop_control())


def nested_finally(n):
    out = []
    try:
        try:
            out.append("inner")
            if n:
                return out
        finally:
            out.append("inner finally")
        out.append("between")
    finally:
        out.append("outer finally")
    return out


print(nested_finally(0))
print(nested_finally(1))


def while_finally():
    i = 0
    seen = []
    while True:
        try:
            i += 1
            if i > 3:
                break
        finally:
            seen.append(i)
    return seen


print(while_finally())


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 0:
                break
    return "broke out"


print(break_in_finally())
