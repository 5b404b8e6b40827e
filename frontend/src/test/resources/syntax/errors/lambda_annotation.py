# A lambda parameter cannot be annotated: the colon ends the parameter list.
f = lambda x: int: x
