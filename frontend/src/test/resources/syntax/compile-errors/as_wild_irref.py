match x:
    case (_ as a):
        pass
    case 1:
        pass
