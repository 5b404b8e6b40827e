# int + int: the sum of two tagged small ints inline with an overflow test; the runtime only for
# bigints or on overflow. Guards the ABI.md fast path.
def add(a: int, b: int) -> int:
    return a + b
# wat add: ^\s*i64\.add$
# wat add: ^\s*i64\.lt_s$
# wat add: call \$rt_int_add
# wat-not add: call \$rt_int_sub
# The bigint path allocates and so may raise MemoryError: the sum is checked for a pending
# exception (a garbage result must never flow on).
# wat add: global\.get \$rt_exc_addr

print(add(1, 2))
