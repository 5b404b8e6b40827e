# Approximations of pi: Leibniz, Nilakantha, Wallis and Machin's formula with exact integers.


def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4 * total


def nilakantha(terms):
    total = 3.0
    sign = 1
    for k in range(1, terms + 1):
        n = 2 * k
        total += sign * 4.0 / (n * (n + 1) * (n + 2))
        sign = -sign
    return total


def wallis(terms):
    product = 1.0
    for k in range(1, terms + 1):
        four_k2 = 4.0 * k * k
        product *= four_k2 / (four_k2 - 1)
    return 2 * product


def arctan_inverse(x, unity):
    # arctan(1/x) * unity, using integers only
    total = 0
    term = unity // x
    x2 = x * x
    n = 1
    sign = 1
    while term != 0:
        total += sign * (term // n)
        term //= x2
        n += 2
        sign = -sign
    return total


for terms in range(1, 6):
    print(terms, leibniz(terms), nilakantha(terms), wallis(terms))
print("leibniz 1000:", leibniz(1000))
print("nilakantha 100:", nilakantha(100))
print("wallis 1000:", wallis(1000))
digits = 60
unity = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
print("machin:", pi // 10**10)
print(f"{leibniz(10000):.10f} {nilakantha(50):.12f}")
