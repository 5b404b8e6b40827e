# Ends with IndexError from a tuple: RGB colours where one record is missing its blue channel.

colours = [("red", (255, 0, 0)), ("teal", (0, 128, 128)), ("gold", (255, 215, 0)), ("grey", (128, 128)),
           ("navy", (0, 0, 128))]


def hex_colour(rgb):
    return "#" + "".join(hex(c)[2:].zfill(2) for c in rgb)


for name, rgb in colours:
    print(name, rgb, "channels:", len(rgb), hex_colour(rgb))

for name, rgb in colours:
    r, g = rgb[0], rgb[1]
    print(name, "luma %.1f" % (0.299 * r + 0.587 * g + 0.114 * rgb[2]))
print("not reached")
