# Set displays whose items CPython's AST optimizer folds to constants become one frozenset
# constant (three items or more), copied into a new set: the frozenset's table order, not the
# display's, decides the iteration order. Each display here prints in a different order when
# built item by item at run time.
print({(-17661 >> 68), (6 ** 1), (4611686018427387904 + -10), (-9 + -6)})
print({-1, 6, 4611686018427387894, -15})
print({7 // 2, 9 % 4, -(2 ** 62) + 3, 1 << 61, -2})
print({True + 40, 2 ** 61 - 1 + 5, not 0, -True, 9})
print({10 ** 18 // 3, -5 % 3, (2 ** 64) >> 3, 3 * -4, 17})
x = 4611686018427387894
print({-1, 6, x, -15})
for v in {(1 << 62) - 5, 8 - 16, 2 ** 3, ~3}:
    print(v, end=" ")
print()
print(sorted({1 / 4, 3.5 * 2, 2.0 ** 3, -1.5 // 1}))
print({(1, 2 ** 62), (3, -1), (0, 5)} == {(3, -1), (0, 5), (1, 2 ** 62)})
