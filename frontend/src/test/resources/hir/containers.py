# HIR of containers: lists, dicts and sets typed by allocation site (element types in the sites'
# cells), for loops over a list as index loops, a comprehension as a loop filling a new list, a
# dict view iterated through the runtime's iterator with a lookup per key
def total(xs):
    t = 0
    for x in xs:
        t += x
    return t
# hir:
# def total(xs: list) -> int:
#   locals t: int, x: int, $t0: int, $t1: list, $t2: int
#   t = 0
#   $t1 = xs
#   $t0 = 0
#   while ($t0 < len($t1):int):
#     $t2 = unbox[int](list_item($t1, $t0):object)
#     $t0 = ($t0 + 1):int
#     x = $t2
#     t = (t + x):int
#   return t

def squares(n):
    return [i * i for i in range(n) if i % 2 == 0]
# hir:
# def squares(n: int) -> list:
#   locals $t0: list, $t1: int, $t2: int, $t3: int, $t4: int, $t5: int
#   return { $t0 = rt rt_list_empty():list; $t1 = 0; $t2 = n; $t3 = 1; while ($t1 < $t2) { $t4 = $t1; $t1 = ($t1 + $t3):int; $t5 = $t4; if (($t5 % 2):int == 0) { rt rt_list_append($t0, box(($t5 * $t5):int)):None } }; $t0 }

def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c
# hir:
# def counts(words: list) -> dict:
#   locals c: dict, w: str, $t0: int, $t1: list, $t2: str, $t3: int
#   c = rt rt_dict_new():dict
#   $t1 = words
#   $t0 = 0
#   while ($t0 < len($t1):int):
#     $t2 = unbox[str](list_item($t1, $t0):object)
#     $t0 = ($t0 + 1):int
#     w = $t2
#     $t3 = (unbox[int](rt rt_dict_get_default(c, box(w), box(0)):object) + 1):int
#     rt rt_dict_set(c, box(w), box($t3)):None
#   return c

def pairs(d):
    out = []
    for k, v in d.items():
        out.append((k, v))
    return out
# hir:
# def pairs(d: dict) -> list:
#   locals out: list, k: str, v: float, $t0: dict, $t1: object, $t2: str, $t3: float, $t4: str, $t5: float
#   out = rt rt_list_empty():list
#   $t0 = d
#   $t1 = rt rt_obj_iter(box($t0)):object
#   while rt rt_iter_step($t1):bool:
#     $t2 = unbox[str](rt rt_iter_value($t1):object)
#     $t3 = unbox[float](rt rt_dict_get($t0, box($t2)):object)
#     $t4 = $t2
#     $t5 = $t3
#     k = $t4
#     v = $t5
#     { rt rt_list_append(out, box((k, v):tuple[str, float])):None; None }
#   return out

print(total(squares(10)), counts("a b a".split()), pairs({"x": 1.5}))
