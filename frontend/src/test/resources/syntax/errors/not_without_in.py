f(1, 'a'not)
