def f():
    __debug__: int
