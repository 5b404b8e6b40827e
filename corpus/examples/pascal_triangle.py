# Pascal's triangle as a list of rows: building rows from pairs, centring, binomial identities, mod-2 art.


def next_row(row):
    return [1] + [a + b for a, b in zip(row, row[1:])] + [1]


rows = [[1]]
for i in range(15):
    rows.append(next_row(rows[-1]))

width = len(" ".join(str(x) for x in rows[9]))
for row in rows[:10]:
    print(" ".join(str(x) for x in row).center(width))

print("row sums are powers of two:", all(sum(r) == 2 ** i for i, r in enumerate(rows)))
print("alternating sums vanish:", [sum(x if k % 2 == 0 else -x for k, x in enumerate(r)) for r in rows[:6]])
print("row 15:", rows[15])
print("middle of row 14:", rows[14][7], "max of row 15:", max(rows[15]))

diagonal_sums = []
for d in range(12):
    total = 0
    r, c = d, 0
    while r >= c:
        total += rows[r][c]
        r -= 1
        c += 1
    diagonal_sums.append(total)
print("shallow diagonals give Fibonacci:", diagonal_sums)

print("hockey stick: sum of column 2 down to row 9 =", sum(rows[r][2] for r in range(2, 10)), "=", rows[10][3])

for row in rows[:16]:
    print("".join("*" if x % 2 else " " for x in row).center(16).rstrip())

odd_counts = [sum(1 for x in r if x % 2) for r in rows]
print("odd entries per row:", odd_counts)
print("row 7 primes divide inner entries:", all(x % 7 == 0 for x in rows[7][1:-1]))
big = [1]
for i in range(60):
    big = next_row(big)
print("C(60, 30) =", big[30], "digits:", len(str(big[30])))
print("last five of row 60:", big[-5:])
