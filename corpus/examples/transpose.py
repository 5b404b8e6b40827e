# Transposes and reshapes of nested lists: loops, comprehensions, zip, rotations and symmetry tests.


def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def transpose_loop(m):
    out = []
    for c in range(len(m[0])):
        col = []
        for row in m:
            col.append(row[c])
        out.append(col)
    return out


def rotate_right(m):
    return [list(reversed(col)) for col in transpose(m)]


def show(m):
    for row in m:
        print("   ", " ".join(f"{x:>3}" for x in row))


m = [[r * 4 + c for c in range(4)] for r in range(3)]
print("m (3x4):")
show(m)
t = transpose(m)
print("transpose (4x3):")
show(t)
print("loop version agrees:", t == transpose_loop(m))
print("twice is identity:", transpose(t) == m)

pairs = list(zip(m[0], m[1], m[2]))
print("zip of rows:", pairs)

r = m
for turn in range(1, 5):
    r = rotate_right(r)
    print("rotated", turn * 90, "degrees:", r)
print("four turns back home:", r == m)

flat = [x for row in m for x in row]
print("flattened:", flat)
reshaped = [flat[i:i + 2] for i in range(0, len(flat), 2)]
print("as 6x2:", reshaped)
print("every third:", flat[::3], "backwards:", flat[::-4])

sym = [[1, 2, 3], [2, 5, 6], [3, 6, 9]]
print("symmetric:", sym == transpose(sym), m == transpose(transpose(m)))
upper = [[sym[i][j] if j >= i else 0 for j in range(3)] for i in range(3)]
show(upper)
diag = [sym[i][i] for i in range(3)]
anti = [sym[i][2 - i] for i in range(3)]
print("diagonal", diag, "anti-diagonal", anti)

words = ["abc", "def", "ghi", "jkl"]
cols = ["".join(w[i] for w in words) for i in range(3)]
print("letters by column:", cols)
grid = [list(w) for w in words]
grid[1][1] = "*"
print(["".join(row) for row in transpose(grid)])
