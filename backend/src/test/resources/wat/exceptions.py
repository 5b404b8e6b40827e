# Floor division may raise ZeroDivisionError: the call is followed by a test of the pending
# exception (i32.load of rt_exc_addr) that leaves the function with a dummy result.
def div(a: int, b: int) -> int:
    return a // b
# wat div: call \$rt_int_floordiv
# wat div: global\.get \$rt_exc_addr
# wat div: ^\s*i32\.load$
# wat div: ^\s*return$

# _start reports an exception escaping the module body through rt_uncaught.
# wat _start: call \$rt_uncaught
# wat _start: call \$rt_init
print(div(7, 2))
