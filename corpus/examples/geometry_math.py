# Plane geometry with the math module: polygon areas and perimeters, triangle angles, circles,
# rotations; import math and from math import ... side by side.
import math
from math import sqrt, pi, atan2, degrees, radians, hypot, isclose


def polygon_area(points):
    total = 0.0
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def perimeter(points):
    return math.fsum([math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points))])


def triangle_angles(a, b, c):
    # law of cosines
    alpha = math.acos((b * b + c * c - a * a) / (2 * b * c))
    beta = math.acos((a * a + c * c - b * b) / (2 * a * c))
    return degrees(alpha), degrees(beta), 180 - degrees(alpha) - degrees(beta)


def rotate(point, angle_deg):
    t = radians(angle_deg)
    x, y = point
    return (round(x * math.cos(t) - y * math.sin(t), 9), round(x * math.sin(t) + y * math.cos(t), 9))


def regular_polygon(n, r):
    return [(r * math.cos(2 * pi * k / n), r * math.sin(2 * pi * k / n)) for k in range(n)]


square = [(0, 0), (4, 0), (4, 4), (0, 4)]
print("square area", polygon_area(square), "perimeter", perimeter(square))
tri = [(0, 0), (3, 0), (0, 4)]
print("triangle area", polygon_area(tri), "perimeter", perimeter(tri))
print("angles", [round(a, 6) for a in triangle_angles(3, 4, 5)])
for n in [3, 4, 6, 12, 100]:
    poly = regular_polygon(n, 1.0)
    area = polygon_area(poly)
    print(f"{n:4d}-gon area {area:.10f} vs pi {pi:.10f} ratio {area / pi:.6f}")
print("rotate", rotate((1, 0), 90), rotate((1, 1), 45), rotate((2, 3), -30))
print("hypot", hypot(3, 4), hypot(1, 1, 1), math.hypot(), hypot(-5, 12))
print("atan2 quadrants", [round(degrees(atan2(y, x)), 3) for x, y in [(1, 1), (-1, 1), (-1, -1), (1, -1), (0, 1), (-1, 0)]])
r = 2.5
print("circle", pi * r ** 2, 2 * pi * r, math.tau * r)
print("isclose", isclose(0.1 + 0.2, 0.3), isclose(1e-10, 0.0), isclose(1e-10, 0.0, abs_tol=1e-9), isclose(100, 101, rel_tol=0.01))
print("sqrt", sqrt(2), sqrt(10**20), math.isqrt(10**20 + 1), math.sqrt(True))


def heron(a, b, c):
    return sqrt((a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)) / 4


print("heron", heron(3, 4, 5), heron(5, 5, 6), heron(7, 8, 9))
