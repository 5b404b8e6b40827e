# Evaluation order with containers, made visible by functions that log their calls: displays, dict
# key before value, subscripts and augmented assignment evaluated once, chained and tuple assignment
# targets left to right, and self-referencing containers printing as [...] and {...}.

log = []


def v(tag, value):
    log.append(tag)
    return value


def show(label):
    print(f"{label:<34}", " ".join(log))
    log.clear()


xs = [v("a", 1), v("b", 2), v("c", 3)]
show("list display")
d = {v("k1", "x"): v("v1", 1), v("k2", "y"): v("v2", 2)}
show("dict display: key before value")
s = {v("s1", 1), v("s2", 2)}
show("set display")
t = (v("t1", 0), [v("t2", 1)], {v("t3", 2): v("t4", 3)})
show("nested displays")
total = v("f", 1) + v("g", 2) * v("h", 3)
show("operands left to right")
xs[v("index", 0)] += v("value", 10)
show("augmented subscript, index once")
d[v("key", "x")] += v("inc", 5)
show("augmented dict item")
counts = {}
for w in ["a", "b", "a"]:
    counts[v("w:" + w, w)] = counts.get(v("get:" + w, w), 0) + 1
show("get before store")
first = second = v("rhs", [0])
show("chained assignment, one value")
print("same object:", first == second, len(first))
ys = [0, 0, 0]
i = 0
i, ys[i] = 2, v("item", 7)
show("tuple targets left to right")
print("ys after i, ys[i] = 2, 7:", ys)
result = [v("x" + str(n), n) for n in range(3) if v("if" + str(n), n % 2 == 0)]
show("comprehension: condition then value")
pairs = sorted([v("p1", 3), v("p2", 1)], key=lambda n: v("key" + str(n), -n))
show("sort keys computed once each")
print("results:", xs, d, sorted(s), t, total, counts, result, pairs)
print(v("arg1", 1), v("arg2", 2), sep=str(v("sep", "-")))
show("print arguments then sep")

a = [1, 2]
a.append(a)
print("a list containing itself:", a, len(a), a[2][2][0])
b = {"name": "loop"}
b["self"] = b
print("a dict containing itself:", b, list(b))
c = [a, b]
print("both inside another list:", c)
