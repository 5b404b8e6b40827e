match x:
    case _ if y:
        pass
    case _:
        pass
