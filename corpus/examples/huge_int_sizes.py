# Huge ints whose size, not their digits, is the point: powers of two are one nonzero limb above
# many zero ones, so their products and shifts are cheap; a repetition past Py_ssize_t is
# CPython's OverflowError before any memory is asked for.


def bits(v):
    return len(bin(v)) - 2


def ones(v):
    return bin(v).count("1")


x = 2 ** 2 ** 18
print(bits(x), x > 5, x % 1000007)
y = x * x
print(bits(y), y == 2 ** 2 ** 19, y >> (2 ** 19 - 3))
z = 3 ** 5000 * x
print(bits(z), z % 1000003, (z >> 2 ** 18) == 3 ** 5000)
w = 1 << 2 ** 20
print(bits(w), w == 2 ** 2 ** 20, ones(w - 1), (w - 1) % 65521)
p = (w - 1) * (w + 1)
print(bits(p), p == 2 ** 2 ** 21 - 1, -p >> (2 ** 21 - 2))
s = "ab" * 2 ** 20
print(len(s), s[-3:])
print("never printed", "ab" * 2 ** 62)
