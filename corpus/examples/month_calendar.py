# Month calendars from lists: leap years, day-of-week by Zeller's congruence, weeks as rows of cells.

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_length(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]


def weekday(y, m, d):
    # Zeller's congruence, shifted so that Monday is 0.
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def weeks(y, m):
    cells = [0] * weekday(y, m, 1) + list(range(1, month_length(y, m) + 1))
    while len(cells) % 7:
        cells.append(0)
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]


def render(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    for week in weeks(y, m):
        lines.append(" ".join(f"{d:>2}" if d else "  " for d in week).rstrip())
    return lines


for line in render(2024, 2):
    print(line)
print()
left = render(2023, 12)
right = render(2024, 1)
while len(left) < len(right):
    left.append("")
while len(right) < len(left):
    right.append("")
for a, b in zip(left, right):
    print(a.ljust(22) + b)

print("leap years 1896-1912 and 1996-2004:", [y for y in list(range(1896, 1913)) + list(range(1996, 2005)) if is_leap(y)])
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for y, m, d in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(f"{y:04d}-{m:02d}-{d:02d} was a {names[weekday(y, m, d)]}")
friday13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", [f"{MONTHS[m - 1][:3]} {y}" for y, m in friday13])
print("days in 2024:", sum(month_length(2024, m) for m in range(1, 13)), "in 2100:", sum(month_length(2100, m) for m in range(1, 13)))
