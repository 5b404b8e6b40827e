# Lists whose items change type through another reference: every way a list can reach code that
# writes into it (a dict, a tuple, a global, a repetition, a callee, an iterator, max()) must be seen.


def add_text(xs):
    xs.append("text")


def grow(xs, n):
    for k in range(n):
        xs.append(k * 0.5)
    return xs


def pick(flag, xs):
    return xs if flag else None


HELD = [1.5]


def through_global():
    HELD.append("g")


def main():
    a = [1.0, 2.0]
    d = {"k": a}
    d["k"].append("via dict")
    print(a[0] + 1.0, a[-1])

    row = [0.0, 0.5]
    m = [row] * 2
    m[0][0] = "via repetition"
    print(row[0], row[1] + 1)

    b = [3, 4]
    t = (b, 1)
    t[0].append("via tuple")
    print(b[0] * 2, b[2])

    c = [1, 2]
    add_text(c)
    print(c[0] + c[1], c[2])

    e = grow([], 3)
    print(e[1] + e[2], len(e))

    f = [2.0]
    g = pick(True, f)
    g.append("via join")
    print(f[0] * 3, f[1])

    through_global()
    print(HELD[0] * 2, HELD[1])

    h = [[1.0], [2.0]]
    biggest = max(h)
    biggest.append("via max")
    print(h[1][0] + 1, h[1][1])

    i = [1, 2]
    it = iter([i])
    next(it).append("via iterator")
    print(i[0] + i[1], i[2])

    j = [1.0]
    j += ["plus"]
    j.extend(range(2))
    j.insert(0, None)
    print(j)

    k = [5, 3, 4]
    s = sorted(k)
    s.append("sorted copy")
    print(k[0] + 1, s)

    total = 0.0
    for x in [0.5, 1.5]:
        total += x
    print(total)

    n = [[0] * 3 for _ in range(2)]
    n[1][2] = "cell"
    print(n)


main()
