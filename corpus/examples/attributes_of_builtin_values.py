# Attributes of built-in values read as attributes: the numbers' real/imag/numerator/denominator,
# a range's start/stop/step, and CPython's AttributeError for a name the type lacks.
x = 5
print(x.real, x.imag, x.numerator, x.denominator, (2.5).real, (2.5).imag, True.real, range(1, 9, 2).step)
try:
    print(x.foo)
except AttributeError as e:
    print(e)
try:
    print("s".nope)
except AttributeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
