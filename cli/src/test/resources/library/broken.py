# A library whose module body raises (LibraryBindingsTest): loading it is the host's error.
def f(x: int) -> int:
    return x


limit = int("ten")
