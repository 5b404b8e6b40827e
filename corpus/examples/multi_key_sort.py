# Multi-key sorts: tuples as keys, mixed directions with negation, and chained stable sorts.

matches = [
    ("Lions", 3, 1, 1, 9, 5),
    ("Tigers", 3, 1, 1, 7, 4),
    ("Bears", 2, 3, 0, 8, 6),
    ("Wolves", 3, 0, 2, 10, 7),
    ("Eagles", 1, 2, 2, 5, 8),
    ("Sharks", 3, 1, 1, 9, 5),
    ("Hawks", 2, 3, 0, 6, 4),
]


def points(team):
    return team[1] * 3 + team[2]


def goal_difference(team):
    return team[4] - team[5]


table = sorted(matches, key=lambda t: (-points(t), -goal_difference(t), -t[4], t[0]))
print(f"{'pos':>3} {'team':<8}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>4}{'Pts':>5}")
for pos, t in enumerate(table, 1):
    print(f"{pos:>3} {t[0]:<8}{t[1]:>3}{t[2]:>3}{t[3]:>3}{t[4]:>4}{t[5]:>4}{goal_difference(t):>+4}{points(t):>5}")

by_two_passes = sorted(matches, key=lambda t: t[0])
by_two_passes = sorted(by_two_passes, key=points, reverse=True)
print("points then name (two stable passes):", [t[0] for t in by_two_passes])
print("same as one tuple key:", by_two_passes == sorted(matches, key=lambda t: (-points(t), t[0])))

dates = ["2023-11-05", "2021-02-28", "2023-01-15", "2022-12-31", "2021-02-03", "2023-11-04"]
parsed = [tuple(int(x) for x in d.split("-")) for d in dates]
print("chronological:", sorted(parsed))
print("by month then day, year descending:", sorted(parsed, key=lambda d: (d[1], d[2], -d[0])))
print("string sort agrees:", sorted(dates) == ["%04d-%02d-%02d" % d for d in sorted(parsed)])

versions = ["1.10.0", "1.2.3", "1.2.10", "0.9.9", "1.2", "2.0.0", "1.10"]
print("as strings:", sorted(versions))
print("as versions:", sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
newest = max(versions, key=lambda v: [int(p) for p in v.split(".")])
print("newest:", newest)

points_list = [(3, 4), (-1, 2), (0, 0), (5, -5), (-3, -4), (2, 2), (1, -1)]
print("by distance:", sorted(points_list, key=lambda p: (p[0] * p[0] + p[1] * p[1], p)))
print("by quadrant then x:", sorted(points_list, key=lambda p: (p[0] < 0, p[1] < 0, p[0])))
print("tuple comparison:", (1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), [2, 1] > [1, 9, 9], (0,) < ())
