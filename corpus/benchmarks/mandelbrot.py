# Mandelbrot set on a grid: tight float loops with early exit.
# category: numeric


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return limit


def main():
    width = 480
    height = 320
    limit = 100
    inside = 0
    total = 0
    for y in range(height):
        ci = 2.4 * y / height - 1.2
        for x in range(width):
            cr = 3.2 * x / width - 2.2
            n = escape_time(cr, ci, limit)
            total += n
            if n == limit:
                inside += 1
    print(f"points inside: {inside}")
    print(f"total iterations: {total}")


main()
