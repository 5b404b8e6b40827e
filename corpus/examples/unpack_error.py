# Ends with ValueError from tuple unpacking: coordinate records are parsed into points, measured and
# bounded, until one record holds three numbers where two are unpacked.

RAW = "3,4;0,0;-2,5;7,1;-6,-8;1,2,3;9,9"

points = []
for chunk in RAW.split(";"):
    parts = [int(p) for p in chunk.split(",")]
    print("parts:", parts, "len", len(parts))
    if len(parts) != 2:
        break
    x, y = parts
    points.append((x, y))
    print("  point", (x, y), "distance squared", x * x + y * y)

xs = [x for x, _ in points]
ys = [y for _, y in points]
print("bounding box:", (min(xs), min(ys)), (max(xs), max(ys)))
cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
print("centroid: (%.2f, %.2f)" % (cx, cy))
first, *middle, last = points
print("first", first, "last", last, "middle", middle)
(ax, ay), (bx, by) = points[0], points[2]
print("first to third:", bx - ax, by - ay)
for i, (x, y) in enumerate(points):
    quadrant = "origin" if x == 0 and y == 0 else ("right" if x > 0 else "left") + ("-up" if y >= 0 else "-down")
    print(" ", i, (x, y), quadrant)
swapped = [(y, x) for x, y in points]
print("swapped:", swapped)

for chunk in RAW.split(";"):
    head, *rest = chunk.split(",")
    print("head", head, "rest", rest)
    x, y = [int(p) for p in chunk.split(",")]
print("not reached")
