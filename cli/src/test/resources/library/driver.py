# CPython's run of what drive.mjs and LibDriver.java call: the expected output of both.
import lib


def show(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)


def call(name, *args):
    try:
        print(name + ": " + show(getattr(lib, name)(*args)))
    except Exception as e:
        print(name + ": " + type(e).__name__ + ": " + str(e))


call("add", 2, 40)
call("add", -(2 ** 62), 2 ** 62 - 1)
call("count_calls")
call("mean", [1.5, 2.5, 4.0])
call("mean", [])
call("scale", [0.5, -1.25], 3.0)
call("total", [1, 2, 3, -4])
call("squares", 5)
call("greet", "wörld 🐍")
call("words", "  split   these words ")
call("shout", ["a", "bé", "c"])
call("is_even", 10)
call("is_even", 7)
call("negate", True)
call("div", 7, 2)
call("div", 1, 0)
call("default", 4)
call("log", "hi")
call("pick", "abc", 5)
call("count_calls")
