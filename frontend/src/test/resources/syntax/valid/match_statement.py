match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2) as p if p.z:
        pass
    case {"x": 1, "y": [2, *rest], **kw}:
        pass
    case (1 | -2 | 3.5 | -4j | 1 + 2j | 1 - 2j | "s" "t" | b"b" | None | True | False):
        pass
    case [*_] | (a, b, *c) | ():
        pass
    case a.b.c | _:
        pass
match = 1
match.x = 2
match(x)
print(match, case := 3)
