# A module-level read of a name assigned only further down is a NameError without a suggestion
# when the names close to it are not bound yet either (CPython looks at the globals that exist
# at the moment of the error, then at the builtins).

width = 4
rows = []
for r in range(3):
    rows.append([r * width + c for c in range(width)])
print(rows)
print("cells:", cell_count)
cell_count = width * len(rows)
cell_counts = [len(row) for row in rows]
