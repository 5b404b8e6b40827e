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
#   %38: str = load s
#   %39: list = load xs
#   %36: object = box %38
#   %18: int = const 1
#   %19: object = box %18
#   %20: None = rt rt_list_append(%39, %19)
#   %24: int = const 2400
#   %25: str = const 'index'
#   %0: object = rt rt_obj_expect_any(%36, %24, %25)
#   %26: str = unbox %0
#   %27: str = const 'a'
#   %28: object = box %27
#   %29: int = rt rt_obj_index(%36, %28)
#   return %38

print(f("abc", [1]))
