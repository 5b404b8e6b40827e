if x  # comment
    pass
