# A handler that turns a division by zero into a default value.
def safe_div(a, b):
    total = a + b
    try:
        return a // b
    except ZeroDivisionError:
        return 0


print(safe_div(7, 0))
