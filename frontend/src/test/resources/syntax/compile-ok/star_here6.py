def f():
    return *a, 
