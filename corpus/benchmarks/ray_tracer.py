# A small ray tracer: vector objects, method calls and float math per pixel.
# category: objects


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = self.dot(self) ** 0.5
        return Vec(self.x / length, self.y / length, self.z / length)


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0


class Scene:
    def __init__(self):
        self.spheres = [
            Sphere(Vec(0.0, -1000.0, 0.0), 999.0, 0.6),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, 0.9),
            Sphere(Vec(-2.0, 0.2, 6.0), 1.2, 0.7),
            Sphere(Vec(2.0, -0.3, 4.0), 0.7, 0.8),
        ]
        self.light = Vec(-0.5, 1.0, -0.7).norm()

    def closest(self, origin, direction):
        best_t = 1e30
        best = None
        for s in self.spheres:
            t = s.hit(origin, direction)
            if 0.0 < t < best_t:
                best_t = t
                best = s
        return best, best_t

    def trace(self, origin, direction, depth):
        sphere, t = self.closest(origin, direction)
        if sphere is None:
            return 0.2 + 0.3 * direction.y
        point = origin.add(direction.scale(t))
        normal = point.sub(sphere.center).norm()
        light = 0.1
        shadow, _ = self.closest(point, self.light)
        if shadow is None:
            diffuse = normal.dot(self.light)
            if diffuse > 0.0:
                light += diffuse * sphere.shade
        if depth > 0:
            reflected = direction.sub(normal.scale(2.0 * direction.dot(normal)))
            light += 0.3 * self.trace(point, reflected, depth - 1)
        return light


def main():
    width = 240
    height = 180
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    total = 0.0
    histogram = [0] * 8
    for j in range(height):
        for i in range(width):
            dx = (i - width / 2.0) / height
            dy = (height / 2.0 - j) / height
            direction = Vec(dx, dy, 1.0).norm()
            value = scene.trace(eye, direction, 2)
            total += value
            bucket = int(value * 4.0)
            if bucket > 7:
                bucket = 7
            histogram[bucket] += 1
    print(f"mean brightness: {total / (width * height):.9f}")
    print("histogram: " + " ".join([str(h) for h in histogram]))


main()
