from m import __debug__
