# Comparisons of ints compare tagged values directly when both are small (tagging keeps the order),
# and call rt_int_cmp otherwise.
def less(a: int, b: int) -> bool:
    return a < b
# wat less: i64\.lt_s
# wat less: call \$rt_int_cmp
# wat-not less: call \$rt_int_eq

def same(a: int, b: int) -> bool:
    return a == b
# wat same: i64\.eq
# wat same: call \$rt_int_eq

print(less(1, 2), same(3, 3))
