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
# The check follows each runtime call inside its arm (the overflow arm, two labels deep, and
# the bigint arm, one deep): the fast path, which calls nothing, loads no exception flag.
# wat-exact add:
# |   (func $add_int__int_ (;10;) (type 1) (param $a i64) (param $b i64) (result i64) (local $scratch_i64_1 i64)
# |     global.get $call_depth
# |     i32.const 1000
# |     i32.ge_s
# |     if  ;; label = @1
# |       i32.const 28
# |       i32.const 65560
# |       call $rt_raise
# |       i64.const 0
# |       return
# |     end
# |     local.get $a
# |     local.get $b
# |     i64.or
# |     i32.wrap_i64
# |     i32.const 1
# |     i32.and
# |     i32.eqz
# |     if (result i64)  ;; label = @1
# |       local.get $a
# |       local.get $b
# |       i64.add
# |       local.set $scratch_i64_1
# |       local.get $a
# |       local.get $scratch_i64_1
# |       i64.xor
# |       local.get $b
# |       local.get $scratch_i64_1
# |       i64.xor
# |       i64.and
# |       i64.const 0
# |       i64.lt_s
# |       if (result i64)  ;; label = @2
# |         local.get $a
# |         local.get $b
# |         call $rt_int_add
# |         global.get $rt_exc_addr
# |         i32.load
# |         if  ;; label = @3
# |           i64.const 0
# |           return
# |         end
# |       else
# |         local.get $scratch_i64_1
# |       end
# |     else
# |       local.get $a
# |       local.get $b
# |       call $rt_int_add
# |       global.get $rt_exc_addr
# |       i32.load
# |       if  ;; label = @2
# |         i64.const 0
# |         return
# |       end
# |     end
# |     return
# |   )

print(add(1, 2))
