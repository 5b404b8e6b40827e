# Zero to a negative power raises ZeroDivisionError with CPython's message, for ints and floats.


def inverse_power(base, exponent):
    return base ** -exponent


for base in range(3, -1, -1):
    print(base, inverse_power(base, 2), inverse_power(float(base), 1))
