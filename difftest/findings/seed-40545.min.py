# difftest seed 40545, reduced by hand: a set display whose items CPython's AST optimizer folds
# (a shift, a power, sums) is a frozenset constant copied into a new set, so it prints in the
# frozenset's table order; Waspy folded only some operators and built it item by item.
# CPython: {-15, 6, -1, 4611686018427387894}    Waspy before the fix: {-15, 4611686018427387894, -1, 6}
print({(-17661 >> 68), (6 ** 1), (4611686018427387904 + -10), (-9 + -6)})
