match x:
    case {10: a, 10.0: b}:
        pass
