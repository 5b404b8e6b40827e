# Repeated doubling overflows a float to inf; converting inf to int raises OverflowError.


def grow(x, times):
    for _ in range(times):
        x = x * 1e100
    return x


value = 1.0
for step in range(5):
    value = grow(value, 1)
    print("step", step, "value", value, "as int mod 1000007:", int(value) % 1000007)
print("unreachable")
