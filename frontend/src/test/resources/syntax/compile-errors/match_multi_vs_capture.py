match x:
    case [a, a]:
        pass
    case b:
        pass
    case 1:
        pass
