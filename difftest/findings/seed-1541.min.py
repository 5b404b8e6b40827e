# difftest finding, seed 1541 (the full program: seed-1541.py), reduced by the campaign's reducer.
# different (last stderr line), Chicory and Node alike:
#   CPython: IndexError: tuple index out of range
#   Waspy:   IndexError: cannot fit 'int' into an index-sized integer
# -(2 ** 63) fits CPython's Py_ssize_t, so the index is only out of range.
for i20 in [-1, (8, 1, -9)[-(2 ** 63)], -5, [1]]:
    pass
