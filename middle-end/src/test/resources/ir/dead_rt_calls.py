# IR after range-loops, mem2reg, specialize, list-loops, mem2reg, dead-code: an unused runtime call goes when its descriptor says it only reads or allocates and cannot raise (s.upper() of a proven str, len of a list, a fresh empty list); one that writes (append) or may raise (s.index) stays
def f(s, xs):
    s.upper()
    ys = []
    len(xs)
    xs.append(1)
    s.index("a")
    return s
# ir f[str, list]:
# def f[str, list](s: str, xs: list) -> str:
#   locals ys: object
# b0:
#   %37: str = load s
#   %38: list = load xs
#   %35: object = box %37
#   %17: int = const 1
#   %18: object = box %17
#   %19: None = rt rt_list_append(%38, %18)
#   %26: str = const 'a'
#   %27: object = box %26
#   %28: int = rt rt_obj_index(%35, %27)
#   return %37

print(f("abc", [1]))
