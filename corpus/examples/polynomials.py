# Polynomials as coefficient lists (lowest power first): add, multiply, divide, evaluate, differentiate.


def trim(p):
    p = p[:]
    while len(p) > 1 and p[-1] == 0:
        p.pop()
    return p


def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])


def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return trim(out)


def evaluate(p, x):
    total = 0
    for c in reversed(p):
        total = total * x + c
    return total


def derivative(p):
    return trim([i * p[i] for i in range(1, len(p))] or [0])


def divide(p, d):
    p = p[:]
    q = [0] * max(1, len(p) - len(d) + 1)
    while len(p) >= len(d) and any(p):
        shift = len(p) - len(d)
        factor = p[-1] / d[-1]
        q[shift] = factor
        for i, c in enumerate(d):
            p[i + shift] -= factor * c
        p = trim(p)
        if len(p) == 1 and p[0] == 0:
            break
    return q, p


def show(p):
    terms = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if c == 0 and len(p) > 1:
            continue
        mag = abs(c)
        coef = "" if mag == 1 and power > 0 else str(mag)
        var = "" if power == 0 else ("x" if power == 1 else "x^" + str(power))
        sign = "-" if c < 0 else "+"
        terms.append((sign, coef + var))
    text = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    for sign, body in terms[1:]:
        text += " " + sign + " " + body
    return text


p = [1, -3, 0, 2]
q = [-1, 1]
print("p =", show(p))
print("q =", show(q))
print("p + q =", show(add(p, q)))
print("p * q =", show(mul(p, q)))
print("p' =", show(derivative(p)), " p'' =", show(derivative(derivative(p))))
print("p(x) for x in -2..2:", [evaluate(p, x) for x in range(-2, 3)])
quotient, remainder = divide(mul(p, q), q)
print("(p*q)/q =", quotient, "remainder", remainder)
quotient, remainder = divide([5, 0, 3, 1], [1, 1])
print("(x^3+3x^2+5)/(x+1) =", quotient, "remainder", remainder)

binomial = [1]
for k in range(6):
    binomial = mul(binomial, [1, 1])
print("(1+x)^6 =", show(binomial))
print("sum of coefficients:", evaluate(binomial, 1), "alternating:", evaluate(binomial, -1))

x = 2.0
for step in range(6):
    x = x - evaluate(p, x) / evaluate(derivative(p), x)
    print("newton", step, round(x, 12))
roots_poly = [1]
for r in [1, -2, 3]:
    roots_poly = mul(roots_poly, [-r, 1])
print("(x-1)(x+2)(x-3) =", show(roots_poly), "at 3:", evaluate(roots_poly, 3))
