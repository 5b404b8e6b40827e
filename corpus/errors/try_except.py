# try/except is not supported yet: silently dropping the handler would change behaviour.
# expect: 5:5: error: try
def safe_div(a, b):
    total = a + b
    try:
        return a // b
    except ZeroDivisionError:
        return 0


print(safe_div(7, 0))
