# A str literal is a static object in the program's data: its address is an i32 constant.
def greet(name: str) -> str:
    return "Hello, " + name
# wat greet: ^\s*i32\.const \d+$
# wat greet: call \$rt_str_concat

print(greet("world"))

# 'in' on two strs: the runtime takes the haystack first, the IR lists the needle first.
def has(s: str) -> bool:
    return "ell" in s
# wat has: call \$rt_str_contains
print(has("hello"), has("help"))
