# Parsing CSV-like records: splitting, stripping, converting fields and summarising by column.

DATA = """id,name,department,salary,start
1, Alice ,Engineering,85000,2015-03-01
2,Bob,Sales,52000,2018-07-15
3, Carol,Engineering,97000,2012-11-30
4,Dan ,Marketing,61000,2019-01-07
5,Eve,Sales,58000,2016-05-23
6,Frank,Engineering,72000,2020-09-14
7,Grace,Marketing,66000,2014-02-28
# a comment line that is skipped
8,Heidi,Sales,49500,2021-12-01
"""


def parse(text):
    # Each record becomes a tuple (id, name, department, salary, (year, month, day)).
    lines = text.strip().splitlines()
    header = [h.strip() for h in lines[0].split(",")]
    rows = []
    for line in lines[1:]:
        if line.startswith("#") or not line.strip():
            continue
        fields = dict(zip(header, [f.strip() for f in line.split(",")]))
        year, month, day = fields["start"].split("-")
        rows.append((int(fields["id"]), fields["name"], fields["department"], int(fields["salary"]),
                     (int(year), int(month), int(day))))
    return header, rows


header, rows = parse(DATA)
print("columns:", header)
print("rows:", len(rows))
print("first row:", rows[0])

departments = {}
for row in rows:
    departments.setdefault(row[2], []).append(row)

for name, members in sorted(departments.items()):
    salaries = [m[3] for m in members]
    mean = sum(salaries) / len(salaries)
    print(f"{name:<12} n={len(members)} total={sum(salaries):>7} mean={mean:>10.2f} max={max(salaries)}")

senior = sorted(rows, key=lambda r: r[4])[:3]
print("longest serving:", [r[1] for r in senior])

print("joined by year:")
years = {}
for row in rows:
    years[row[4][0]] = years.get(row[4][0], 0) + 1
for year in sorted(years):
    print(" ", year, years[year])

raised = []
for row in rows:
    pct = 5 if row[2] == "Sales" else 3
    new = row[3] * (100 + pct) // 100
    raised.append((row[1], row[3], new))
for name, old, new in raised:
    print("%-6s %6d -> %6d (+%d)" % (name, old, new, new - old))

out_lines = [",".join([str(r[0]), r[1].upper(), str(r[3])]) for r in rows if r[3] > 60000]
print("\n".join(out_lines))
print("payroll:", sum(r[3] for r in rows))
