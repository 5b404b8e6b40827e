# Ends with IndexError from a tuple: a palette of RGB colours is converted to hex and luma, mixed and
# sorted, until one record turns out to have only two channels.

colours = [("red", (255, 0, 0)), ("teal", (0, 128, 128)), ("gold", (255, 215, 0)), ("grey", (128, 128)),
           ("navy", (0, 0, 128))]


def hex_colour(rgb):
    return "#" + "".join(hex(c)[2:].zfill(2) for c in rgb)


def mix(a, b):
    return tuple((x + y) // 2 for x, y in zip(a, b))


for name, rgb in colours:
    print(f"{name:<5} {str(rgb):<15} channels: {len(rgb)} {hex_colour(rgb)}")

print("red + navy:", mix(colours[0][1], colours[4][1]), hex_colour(mix(colours[0][1], colours[4][1])))
print("teal + gold:", mix(colours[1][1], colours[2][1]))
print("channel sums:", [sum(rgb) for _, rgb in colours])
print("brightest by sum:", max(colours, key=lambda c: sum(c[1]))[0])
print("sorted by name:", [n for n, _ in sorted(colours)])
print("tuple comparisons:", (255, 0, 0) > (0, 128, 128), (128, 128) < (128, 128, 0), colours[3][1] * 2)
complement = [(name, tuple(255 - c for c in rgb)) for name, rgb in colours]
print("complements:", complement)

for name, rgb in colours:
    r, g = rgb[0], rgb[1]
    print(name, "luma %.1f" % (0.299 * r + 0.587 * g + 0.114 * rgb[2]))
print("not reached")
