# Ends with ValueError from tuple unpacking: coordinate records where one line has three numbers.

RAW = "3,4;0,0;-2,5;7,1;1,2,3;9,9"

points = []
for chunk in RAW.split(";"):
    parts = [int(p) for p in chunk.split(",")]
    print("parts:", parts, "len", len(parts))
    if len(parts) == 2:
        x, y = parts
        points.append((x, y))
        print("  point", (x, y), "distance squared", x * x + y * y)
    else:
        first, *rest = parts
        print("  starred unpack:", first, rest)
        x, y = parts
print("not reached")
