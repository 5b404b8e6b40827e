# An exception unwinding through four frames: every finally runs, innermost first, and the
# handler that catches it sees the state each level left.
trail = []


def level(n, fail_at):
    trail.append(f"enter {n}")
    try:
        if n == fail_at:
            raise LookupError(f"failed at level {n}")
        if n < 4:
            return level(n + 1, fail_at) + 1
        return 0
    finally:
        trail.append(f"leave {n}")


for fail_at in [2, 4, 9]:
    trail.clear()
    try:
        depth = level(1, fail_at)
        print("returned", depth)
    except LookupError as e:
        print("caught:", e)
    print("  " + " / ".join(trail))


def guarded(steps):
    done = []
    for s in steps:
        try:
            try:
                if s < 0:
                    raise ValueError(s)
                done.append(100 // s)
            except ZeroDivisionError:
                done.append("zero")
                continue
            finally:
                done.append(".")
            done.append("after")
        except ValueError as e:
            done.append("neg " + str(e))
            if len(done) > 8:
                break
    return done


print(guarded([5, 0, -1, 3, -2, -3, 7]))
