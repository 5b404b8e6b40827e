# Where an assignment expression binds: in a function, its comprehension's := targets are the
# function's locals (CPython's symtable); at module level they are globals; a 'global'
# declaration makes a function's := write the global. Reads before any binding raise.

hits = 0


def first_over(values, limit):
    # any() stops at the first match; the := keeps it
    if any((found := v) > limit for v in values):
        return found
    return None


def squares_until(limit):
    out = [sq for k in range(100) if (sq := k * k) < limit]
    return out, sq  # the filter ran for every k: sq is 99 * 99


def count_hits(words):
    global hits
    for w in words:
        if (hits := hits + 1) % 2 == 0:
            print("even count at", w)
    return hits


def nested(matrix):
    # := inside a nested comprehension still binds in the function
    flat = [[cell for cell in row if (last := cell) is not None] for row in matrix]
    return flat, last


def default_only(flag):
    if flag:
        print((value := "set"))
    return value


print(first_over([3, 9, 4, 12], 8))
print(first_over([1, 2], 8))
print(squares_until(50))
print(count_hits(["a", "b", "c"]), hits)
print(nested([[1, None, 2], [None, 3]]))
print(default_only(True))
print([(i, j) for i in range(3) if (j := i * 10) != 10], j)
lines = ["key=value", "no separator", "a=b=c", "=empty"]
parsed = {k: v for line in lines if (eq := line.find("=")) > 0 for k, v in [(line[:eq], line[eq + 1:])]}
print(parsed, eq)


# a default is evaluated where the def runs: its := binds a module global
def scaled(v, factor=(default_factor := 3)):
    return v * factor


print(scaled(2), scaled(2, 5), default_factor)
print(default_only(False))
