def f():
    def __debug__(): pass
