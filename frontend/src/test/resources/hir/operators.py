# HIR of operators: bool arithmetic is int arithmetic, int/int is float, ** with a variable exponent is boxed, mixed int/float compare boxed
def ops(a, b, f):
    x = a / b
    y = True + a
    z = a ** b
    w = a ** 2
    c = a < f
    d = 1 < a <= b
    e = a and f
    g = a if f else b
    q, r = divmod(a, b)
    a, b = b, a
    return min(a, b, 3)
# hir:
# def ops(a: int, b: int, f: float) -> int:
#   locals x: float, y: int, z: object, w: int, c: bool, d: bool, e: object, g: int, q: int, r: int, $t0: int, $t1: int, $t2: int, $t3: tuple[int, int], $t4: int, $t5: int, $t6: int, $t7: int, $t8: int, $t9: int, $t10: int
#   x = (a / b):float
#   y = (to_int(True) + a):int
#   z = (box(a) ** box(b)):object
#   w = (a ** 2):int
#   c = (box(a) < box(f))
#   d = ($t0 := 1; ($t1 := a; (($t1 <= b) if ($t0 < $t1) else False):bool))
#   e = ($t2 := a then box($t2) and box(f)):object
#   g = (a if truthy(f) else b):int
#   $t3 = divmod(a, b):tuple[int, int]
#   q = $t3[0]
#   r = $t3[1]
#   $t4 = b
#   $t5 = a
#   a = $t4
#   b = $t5
#   return ($t6 := a; ($t7 := b; ($t8 := 3; ($t9 := ($t7 if ($t7 < $t6) else $t6):int; ($t10 := ($t8 if ($t8 < $t9) else $t9):int; $t10)))))

print(ops(7, 2, 0.5))
