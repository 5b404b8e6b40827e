def __debug__():
    return *a
