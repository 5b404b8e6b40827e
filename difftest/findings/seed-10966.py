# difftest program, seed 10966
if (len('über'.split('a')) <= ((123456789012345678901234567890 // (-29587 or 4)) + int(' -7 '))):
    print(repr([(1 << 62) for v0 in range(0)]).split(' '))
    for i1 in list([(-7 ^ 8), (-9, -66842, 4, 0)[2], abs(-6)][::-1]):
        print(3, {k2: ((+v3) % ((v3 + 0) or 5)) for k2, v3 in {'': 9, 'straße': -3}.items()}, sep=', ', end=';\n')
    for k5, i4 in list({'42': -2, 'aaa': 3, 'ǅx': 9, 'back\\slash': 10}.items()):
        print({v6: i4 for v6 in [repr((6, 3)), 'snake_case', k5.replace('-7', ''), k5]})
        k7 = 0
        while k7 < 1:
            k7 += 1
            t8 = (max(i4, {'Mississippi': -1, '': -75305, '🐍py': -3, 'x y z': (1 << 62)}.get(k5, -91237)),)
            print('t8 =', t8)
        xs9 = sorted(sorted(sorted(['aaa'], reverse=True, key=len), reverse=True))
        print('xs9 =', xs9)
else:
    t10 = (((-1 * -65141), sum([3, -8, 0x7fffffffffffffff]), (ord('ǅx'[0]) if 'ǅx' else -1)) + tuple([][:-3:1]))
    print((list(filter(lambda v11: bool([-855]), sorted(set()))) if '  pad  '.rjust(9).startswith('straße'.replace('straße', 'a')) else list(filter(lambda v12: (2.5 == 2.5), []))))
print(repr(float(10))[:-4:-1])
for i13 in list(['abab'.lstrip('über').replace('3.5'.center(0, '*'), ('abc' + 'Hello')), ('Mississippi'[::3] + '{1}{0}{1}'.format('', '3.5')), '3.5']):
    print((0.1 + 123456789012345678901234567890))
def fn15() -> float:
    k16 = 0
    while k16 < 5:
        k16 += 1
        a17, *rest18 = [sum(list(range(3, 3, -1))), len((f"x={('Hello'):*^9}-{(0.1):.3f}" if (() == (-5, 37307, -5)) else '-7')), (k16 + len(set(range(-1)))), -88469]
    k19 = 0
    while k19 < 3:
        k19 += 1
        if (f"{(1e10):.0f}{('ǅx'):^9}x={(k19):<5}" + '').endswith(f"x={([2 ** 64, -9223372036854775808, 4, 2].count(3)):,}{(0.1):10.4f}x={(dict({}))!s}"):
            if ('x y z'.lstrip() + 'Mississippi').isspace():
                continue
    for i20 in sorted({'a,b,,c': 0, 'tab\tend': -4, 'Hello': 10, '\'q\'': -8}):
        print(None)
    else:
        print(dict(zip(['ǅx'], list(range(-2, 6, 1)))).get('\'q\''.lstrip().join('ÄÖü'.split()), min((-4 ** 2), 2)))
    for i22 in range(-1, 6):
        d23 = (dict({'  pad  ': 5, 'x y z': 10, 'Mississippi': 123456789012345678901234567890}) if ((None if True else None) is not None) else (({'': 66429} if False else {'über': 7, 'a,b,,c': 2, '\'q\'': 64841, 'abab': -2}) if (None is None) else {k24: v25 for k24, v25 in {'MiXeD cAsE': 2 ** 64, 'über': -1, 'Hello': 25296, 'a,b,,c': 16484}.items()}))
    return round(round(-7.0, 4), 4)
print(fn15())
print(fn15())
if ((False or 'ǅx'.islower()) if chr(66 + 23084 % 50).isspace() else (bool(None) and (not False))):
    print([])
else:
    for i26 in range(1, 3):
        print(sorted([-3, 40668, 7, -16744], key=lambda v27: 9, reverse=True)[int('42'):(min(list({13698, -10})) if list({13698, -10}) else 0)])
    fn15()
print(((123456789012345678901234567890 - {'\'q\'': 95680, '42': -8, 'abc': 123456789012345678901234567890, 'ǅx': -9}.get('ÄÖü', 6)) if any(('\'q\'' < 'back\\slash') for v28 in sorted({0, -79229, 9223372036854775808})) else repr('x y z').rfind(('snake_case'[6 % len('snake_case')] if 'snake_case' else ''))))
xs29 = list(map(lambda v30: format(100.0, '.3g'), [str(-(2 ** 63)) for v32 in [v31 for v31 in [-99195, 99813, 9223372036854775808, -13316] if False]]))
xs29, xs29 = xs29, [', '.join(str(len({'Mississippi': -26772, 'tab\tend': 1_000_000})) for v33 in sorted({10041, -3})), '{} {}'.format((not True), 'Mississippi')]
print(((min(100.0, 0.3) + -2.25) - round((3.14159 % (-7.0 or 1.5)), 4)))
def fn34(depth35: int, p36: int, p37: float = 123.456) -> int:
    if depth35 <= 0:
        return dict(({} if False else {'back\\slash': -5, '': 10})).get(f"x={(min(p36, -2)):08b}", ({'a': 6, 'MiXeD cAsE': 3, 'snake_case': 0o777}.get('ÄÖü', -10) ^ len(range(6 % 50, 3 % 50, -1))))
    print((((-97488 & depth35), 0b1011, (ord('aaa'[0]) if 'aaa' else -1)) if all(list(filter(lambda v38: False, [-1, -(2 ** 63), 3, -2]))) else ()))
    print('über'.replace('snake_case', '').capitalize().split(' '), xs29, sep='\n')
    print([], 'snake_case'.upper().replace(repr(p37), ''), sep='|')
    r39 = fn34(depth35 - 1, (+(2 ** 64 ** 3)), (3.14159 + (2 ** 64 << 64)))
    print('r39', r39)
    return p36
print(fn34(5, p36=(min([v41 for row40 in [[6, 0b1011, -10, 10], [-47100, -6], [9]] for v41 in row40]) if [v41 for row40 in [[6, 0b1011, -10, 10], [-47100, -6], [9]] for v41 in row40] else 0)))
print(fn34(4, p36=sum([(-9 * 4) for v42 in range(1) if (v42 not in [7, 9223372036854775808, 0o777])]), p37=(abs(3.14159) * (+(1 / (123.456 or 2.5))))))
k43 = 0
while k43 < 5:
    k43 += 1
    d44 = {'snake_case': 7, 'a,b,,c': 2}
    print('d44 =', d44)
xs29 = [str(((v45 - 0x7fffffffffffffff) + v45)) for v45 in []]
print(fn34(8, divmod((-2 // (-9 or 3)), (len((-826, 73951)) or 5))[0], fn15()))
if ('\'q\''[:-3:-1].startswith('line\nbreak'.center(11, '*')) if ('Mississippi'.startswith('snake_case') if '42'.endswith('back\\slash') else 'abab'.isdigit()) else bool('42'.islower())):
    print({'Mississippi': -5, 'aaa': 7, 'snake_case': 8, 'straße': -7671})
    for i46 in list(sorted(list({'über': 10}.values()), key=lambda v47: round(123.456), reverse=True)):
        for i48 in sorted(({len(xs29), (-i46), ((1 << 62) % (i46 or 9))} ^ ({4, -3, -99999999999999999999} & {-10 for v49 in [-3, 7, 9223372036854775808]}))):
            print(xs29)
            xs29 = list({'42': -1}.keys())[0:]
            xs50 = ' '.join(str((v51 % (3 or 6))) for v51 in [2, 5][:-3:2]).split()
            print('xs50 =', xs50)
        else:
            s52 = 'Hello'
        s53 = ('Mississippi' * 1)
        print('s53 =', s53)
        xs54 = xs29
    xs29 = xs29[-3:]
else:
    print(True)
    xs55 = ['a,b,,c' for v56 in ([] if 'a,b,,c'.isalnum() else list('a,b,,c'))]
    print('xs55 =', xs55)
st57 = (set(dict({}).values()) & {(1 // (-75009 or 7)), -6, sum(6 for v58 in [-7, -2, -6, -5])})
print([[((1 << 62) % ({'': 70099, '42': 1}.get('3.5', -4) or 2)), round((0.3 * 2.5)), len(st57), (ord('42'.upper()[0]) if '42'.upper() else -1)], [int('+3')]])
print(min((1e10 - (1e300 / (0.1 or 2.5))), float((0o777 << 63))))
xs59 = ([v61 for row60 in [[-2, 10]] for v61 in row60] if (False if False else False) else sorted([9], key=lambda v62: 9223372036854775808))[::-1]
print('xs29', xs29)
print('st57', st57)
print('xs59', xs59)
