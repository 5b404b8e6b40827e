# A library a host calls (LibraryBindingsTest): every host type in and out, state kept between
# calls, output, a parameter typed by inference, Python exceptions; and results the host
# boundary refuses (an int past 64 bits, a value of another type than the annotation), and an
# exit in a call, which ends the instance.
import sys

calls = 0


def add(a: int, b: int) -> int:
    global calls
    calls += 1
    return a + b


def count_calls() -> int:
    return calls


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def scale(xs: list[float], k: float) -> list[float]:
    return [x * k for x in xs]


def total(xs: list[int]) -> int:
    return sum(xs)


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


def greet(name: str) -> str:
    return "Hello, " + name + "!"


def words(s: str) -> list[str]:
    return s.split()


def shout(ws: list[str]) -> str:
    return " ".join(w.upper() for w in ws)


def is_even(n: int) -> bool:
    return n % 2 == 0


def negate(b: bool) -> bool:
    return not b


def div(a, b: int) -> int:
    return a // b


def default(n: int) -> int:
    return n * 10


def log(msg: str) -> None:
    print("log:", msg)


def big(n: int) -> int:
    return 2 ** n


def pick(s: str, i: int) -> str:
    return s[i]


def looks_int(flag: bool) -> int:
    if flag:
        return 7
    return "seven"


def stop(code: int) -> None:
    sys.exit(code)


print("lib ready", add(1, 2), div(7, 2))
