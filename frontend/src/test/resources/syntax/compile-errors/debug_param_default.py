def f(__debug__=(yield)): pass
