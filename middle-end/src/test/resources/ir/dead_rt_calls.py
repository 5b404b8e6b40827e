# IR after mem2reg, dead-code: an unused runtime call goes when its descriptor says it only reads or allocates and cannot raise (s.upper(), len of a list, a fresh empty list); one that writes (append) or may raise (s.index) stays
def f(s, xs):
    s.upper()
    ys = []
    len(xs)
    xs.append(1)
    s.index("a")
    return s
# ir:
# def f(s: str, xs: list) -> str:
#   locals ys: list
# b0:
#   %18: str = load s
#   %19: list = load xs
#   %6: int = const 1
#   %7: object = box %6
#   %8: None = rt rt_list_append(%19, %7)
#   %11: str = const 'a'
#   %12: None = const None
#   %13: object = box %12
#   %14: None = const None
#   %15: object = box %14
#   %16: int = rt rt_str_index_in(%18, %11, %13, %15)
#   return %18

print(f("abc", [1]))
