# Lists changed while a for loop iterates them: CPython's list iterator reads the length at every step.
def f():
    xs = [1, 2, 3]
    for x in xs:
        if x < 3:
            xs.append(x + 10)
        print(x, len(xs))
    ys = [1, 2, 3, 4, 5]
    for y in ys:
        ys.remove(y)
    print(ys)
    zs = [0.5, 1.5]
    for z in zs:
        zs[1] = 9.0
        print(z)
    a, b = [7, 8]
    print(a + b)
    for p in []:
        print(p)
    else:
        print("empty")
f()
