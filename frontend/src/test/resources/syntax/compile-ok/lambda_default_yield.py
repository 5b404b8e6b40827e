def f():
    lambda x=(yield): 1
