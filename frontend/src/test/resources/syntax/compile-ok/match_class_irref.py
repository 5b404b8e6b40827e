match x:
    case C(a):
        pass
    case 1:
        pass
