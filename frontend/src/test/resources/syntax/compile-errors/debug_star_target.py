*__debug__, = x
