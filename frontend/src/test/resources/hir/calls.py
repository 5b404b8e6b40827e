# HIR of calls: keywords and defaults resolved to parameter order (a non-constant default is computed once, when the def runs, into a hidden global); parameter types joined over call sites; recursion
def power(base, exp=2, scale=1):
    return scale * base ** exp
# hir:
# def power(base: int, exp: int, scale: int) -> object:
#   return (box(scale) * (box(base) ** box(exp)):object):object

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
# hir:
# def fact(n: int) -> int:
#   if (n <= 1):
#     return 1
#   return (n * fact((n - 1):int):int):int

def maybe(n):
    if n > 0:
        return n
# hir:
# def maybe(n: int) -> object:
#   if (n > 0):
#     return box(n)
#   return box(None)

rate = 2
def scaled(x, factor=rate * 10):
    return x * factor
# hir:
# def scaled(x: int, factor: int) -> int:
#   return (x * factor):int

print(power(3), power(2, scale=5, exp=10), fact(30), maybe(3))
print(f"{fact(5):>8}|{1.5!r}", 1, 2, sep=", ", end="!\n")
rate = 3
print(scaled(1))
# hir <module>:
# def <module>() -> None:
#   locals $t0: object, $t1: object, $t2: int, $t3: object, $t4: str
#   global rate = 2
#   global $default.scaled.factor = (rate * 10):int
#   ($t0 := power(3, 2, 1):object; ($t1 := power(2, 10, 5):object; ($t2 := fact(30):int; ($t3 := maybe(3):object; { write(concat(str($t0):str, ' ')):None; write(concat(str($t1):str, ' ')):None; write(concat(str($t2):str, ' ')):None; write(concat(str($t3):str, '\n')):None; None }))))
#   ($t4 := concat(format(fact(5):int, '>8'):str, '|', str(1.5):str); write(concat($t4, ', ', str(1):str, ', ', str(2):str, '!\n')):None)
#   global rate = 3
#   write(concat(str(scaled(1, $default.scaled.factor):int):str, '\n')):None
#   return None
