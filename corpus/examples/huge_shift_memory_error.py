# A shift whose result no memory holds: CPython's size rule makes it a MemoryError (an
# OverflowError only past 2**61 - 7 digits of 30 bits), raised before anything is allocated,
# after the lines printed so far.
print((1 << 2 ** 20) > 5, (5 << 100) >> 98, -1 << 64, (1 << 2 ** 20) >> (2 ** 20 - 4))
print(1 << 2 ** 64)
