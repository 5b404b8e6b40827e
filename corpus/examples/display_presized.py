# Dict displays of more than five pairs are presized as CPython's _PyDict_FromItems does (a table
# for str keys only when every key is a str), so a loop that renames keys while it walks the dict
# meets the same entries, and stops at the same step, as in CPython.


def rename_after(d, marker, renames):
    """Walks d; at marker, renames keys (each a delete and an insert), then goes on walking."""
    walked = []
    for k in d:
        walked.append(k)
        if k == marker:
            for old, new in renames:
                del d[old]
                d[new] = 0
    return walked


settings = {"host": 1, "port": 2, "user": 3, "mode": 4, "seed": 5, "tier": 6, 7: 7}
print(rename_after(settings, 7, [("host", "h"), ("port", "p"), ("user", "u"), ("mode", "m")]))
print(list(settings))

codes = {"ab": 1, "cd": 2, "ef": 3, "gh": 4, "ij": 5, "kl": 6}
for k in list(codes):
    codes[k.upper()] = codes.pop(k)
print(codes)

repeated = {1: "a", 1: "b", 1: "c", 1: "d", 1: "e", 1: "f"}
seen = []
for k in repeated:
    seen.append(k)
    for j in range(2, 12):
        repeated[j] = j
        del repeated[j]
print(seen, repeated)

wide = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5, "g": 6, "h": 7, "i": 8, "j": 9, 10: 10}
steps = 0
for k in wide:
    steps += 1
    if k == 10:
        for old in "abcd":
            del wide[old]
            wide[old * 2] = steps
print(steps, wide)
