# Variadic parameters (*args) are not supported yet; the error points at the parameter.
# expect: 5:12: error: *args|variadic|star


def total(*numbers):
    return 0


print(total(1, 2, 3))
