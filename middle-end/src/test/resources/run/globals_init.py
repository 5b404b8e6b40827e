# Globals first bound inside a function (through 'global') are bound for the module afterwards;
# a module-level loop variable is a global functions can read.
def init():
    global table_size, scale
    table_size = 4
    scale = 2.5

def area(k):
    return k * k * scale

init()
for k in range(table_size):
    print(k, area(k), f"{area(k) / table_size:.3f}")
print("last k:", k)

def shadow():
    k = "local"
    return k

print(shadow(), k)
