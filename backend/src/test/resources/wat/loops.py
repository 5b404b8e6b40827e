# A while loop with continue and break becomes one loop whose back edges are branches to it, and
# blocks for the exits: structured control flow from the CFG (no duplicated code, no irreducible
# dispatch). The exact form below is blessed output; review a change like code.
def count(n: int) -> int:
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if total > 100:
            break
        total += i
    return total
# wat count: ^\s*loop\b
# wat count: ^\s*br 
# wat-not count: br_table

# The same shape on bools only, exact: the loop, the block the break leaves, the if arms.
def toggle(a: bool, b: bool) -> bool:
    while a:
        if b:
            break
        a = not a
    return a
# wat-exact toggle:
# |   (func $toggle_bool__bool_ (;15;) (type 2) (param $a i32) (param $b i32) (result i32) (local $%6 i32)
# |     global.get $call_depth
# |     i32.const 1000
# |     i32.ge_s
# |     if  ;; label = @1
# |       i32.const 28
# |       i32.const 65584
# |       call $rt_raise
# |       i32.const 0
# |       return
# |     end
# |     local.get $a
# |     local.set $%6
# |     loop  ;; label = @1
# |       block  ;; label = @2
# |         local.get $%6
# |         if  ;; label = @3
# |           local.get $b
# |           i32.eqz
# |           if  ;; label = @4
# |             local.get $%6
# |             i32.eqz
# |             local.set $%6
# |             br 3 (;@1;)
# |           end
# |         end
# |       end
# |       local.get $%6
# |       return
# |     end
# |     unreachable
# |   )

print(count(10), toggle(True, False))
