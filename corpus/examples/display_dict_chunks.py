# Dict displays follow CPython's steps: pairs in chunks of 17 stored as each is evaluated, the
# rest evaluated first and stored after. Which error comes first shows it: in a 17-pair display the
# unhashable key is stored (TypeError) before the last value fails.


def boom():
    return 1 // 0


a = 3
big = {0: a * 0, 1: a * 1, 2: a * 2, 3: a * 3, 4: a * 4, 5: a * 5, 6: a * 6, 7: a * 7, 8: a * 8, 9: a * 9, 10: a * 10, 11: a * 11, 12: a * 12, 13: a * 13, 14: a * 14, 15: a * 15, 16: a * 16, 17: a * 17, 18: a * 18, 19: a * 19, 20: a * 20, 21: a * 21, 22: a * 22, 0: a * 23, 1: a * 24, 2: a * 25, 3: a * 26, 4: a * 27, 5: a * 28, 6: a * 29, 7: a * 30, 8: a * 31, 9: a * 32, 10: a * 33, 11: a * 34, 12: a * 35, 13: a * 36, 14: a * 37, 15: a * 38, 16: a * 39, 17: a * 40, 18: a * 41, 19: a * 42, 20: a * 43, 21: a * 44, 22: a * 45, 0: a * 46, 1: a * 47, 2: a * 48, 3: a * 49, 4: a * 50, 5: a * 51, 6: a * 52, 7: a * 53, 8: a * 54, 9: a * 55, 10: a * 56, 11: a * 57, 12: a * 58, 13: a * 59}
print(len(big), big[0], big[22], list(big)[:5])
small = {"x": a, "y": a + 1, "x": a + 2}
print(small)
print({[]: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: boom()})
