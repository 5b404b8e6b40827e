f(*a)
