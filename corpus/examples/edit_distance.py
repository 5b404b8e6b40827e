# Edit distance and longest common subsequence with 2-D lists, plus the edit script read back out.


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def diff(a, b):
    common = lcs(a, b)
    ops = []
    i = j = 0
    for ch in common:
        while a[i] != ch:
            ops.append("-" + a[i])
            i += 1
        while b[j] != ch:
            ops.append("+" + b[j])
            j += 1
        ops.append(" " + ch)
        i += 1
        j += 1
    ops.extend(["-" + ch for ch in a[i:]])
    ops.extend(["+" + ch for ch in b[j:]])
    return ops


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"),
         ("same", "same"), ("gumbo", "gambol"), ("abcdef", "azced")]
for a, b in pairs:
    common = lcs(a, b)
    print(f"{repr(a):>12} {repr(b):<12} distance {levenshtein(a, b)}  lcs {repr(common)} ({len(common)})")

print(" ".join(diff("kitten", "sitting")))
print(" ".join(diff("ABCBDAB", "BDCABA")))

words = ["apple", "apply", "ample", "maple", "applet", "happy", "grape", "paper"]
target = "appel"
ranked = sorted(words, key=lambda w: (levenshtein(w, target), w))
print("closest to", target + ":", [(w, levenshtein(w, target)) for w in ranked[:4]])
matrix = [[levenshtein(x, y) for y in words[:5]] for x in words[:5]]
for w, row in zip(words[:5], matrix):
    print(f"{w:>7}", row)
print("symmetric:", all(matrix[i][j] == matrix[j][i] for i in range(5) for j in range(5)))
