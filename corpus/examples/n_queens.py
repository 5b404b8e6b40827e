# N queens by backtracking with lists and sets of attacked columns and diagonals; boards drawn as text.
# corpus-engine: compiler

solutions = []


def place(n, row, cols, used_cols, diag1, diag2, limit):
    if row == n:
        solutions.append(cols[:])
        return 1
    count = 0
    for c in range(n):
        if c in used_cols or row - c in diag1 or row + c in diag2:
            continue
        cols.append(c)
        used_cols.add(c)
        diag1.add(row - c)
        diag2.add(row + c)
        count += place(n, row + 1, cols, used_cols, diag1, diag2, limit)
        cols.pop()
        used_cols.remove(c)
        diag1.remove(row - c)
        diag2.remove(row + c)
        if len(solutions) >= limit:
            break
    return count


def draw(cols):
    n = len(cols)
    return ["".join("Q" if cols[r] == c else "." for c in range(n)) for r in range(n)]


for n in range(1, 9):
    solutions = []
    total = place(n, 0, [], set(), set(), set(), 10 ** 6)
    print(f"{n} queens: {total} solutions", solutions[0] if solutions else "")

solutions = []
place(8, 0, [], set(), set(), set(), 10 ** 6)
first = solutions[0]
for line in draw(first):
    print(" ", line)


def rotate(cols):
    n = len(cols)
    out = [0] * n
    for r, c in enumerate(cols):
        out[c] = n - 1 - r
    return out


def mirror(cols):
    return [len(cols) - 1 - c for c in cols]


unique = []
seen = set()
for sol in solutions:
    if tuple(sol) in seen:
        continue
    unique.append(sol)
    variant = sol
    for _ in range(4):
        variant = rotate(variant)
        seen.add(tuple(variant))
        seen.add(tuple(mirror(variant)))
print("distinct up to symmetry:", len(unique))
print("symmetric to themselves under a half turn:", sum(1 for s in solutions if rotate(rotate(s)) == s))
print("first three unique:", unique[:3])
