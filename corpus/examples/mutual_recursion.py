# Mutually recursive functions: parity, Hofstadter's female and male sequences, and a tiny grammar.
# corpus-engine: compiler


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def female(n):
    return 1 if n == 0 else n - male(female(n - 1))


def male(n):
    return 0 if n == 0 else n - female(male(n - 1))


def count_a(n):
    # Words of length n over {a, b} with no two b's in a row, ending in a.
    return 1 if n <= 1 else count_a(n - 1) + count_b(n - 1)


def count_b(n):
    return 1 if n <= 1 else count_a(n - 1)


for n in range(0, 12):
    print(n, is_even(n), is_odd(n), female(n), male(n))
print(is_even(300), is_odd(301), is_odd(500))
print("F:", end="")
for n in range(25):
    print("", female(n), end="")
print()
print("M:", end="")
for n in range(25):
    print("", male(n), end="")
print()
for n in range(1, 20, 3):
    print("words", n, count_a(n) + count_b(n))
