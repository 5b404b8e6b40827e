# difftest program, seed 11101
if (None is not None):
    print('Hello', divmod(-8, (-2 or 3)), sep='', end=';\n')
    print(sorted(({2, 10} & {-2, -(2 ** 63), 6}), reverse=True).count({'line\nbreak': 10, 'ǅx': 2, 'x y z': 5, 'über': 7}.get('ÄÖü'.upper(), (91228 * 9223372036854775807))))
xss0 = [list(filter(lambda v2: (v2 >= v2), [4])) for v1 in range(4)]
print(set(range(3)))
xss0.sort()
for i3 in range(-2, 7):
    xss0, xss0 = xss0[:3:-1], xss0
    xss0, xss0 = xss0, [[], ((xss0[i3 % len(xss0)] if xss0 else []) if (i3 > -8 >= i3) else sorted([23578], key=lambda v4: v4)), list({'line\nbreak': 7, 'snake_case': -9, 'back\\slash': -4, '3.5': 9223372036854775808}.values())]
print(6, 'straße', sep=', ', end=' ')
print([(ord('abab'.strip()[0]) if 'abab'.strip() else -1) for v6 in [{'snake_case': -9, 'aaa': 10 ** 20}.get('ǅx', v5) for v5 in range(1) if (v5 in range(-6, -5))] if ((9223372036854775808 * -1) >= 2.5)])
print('abc'.upper())
print(([v7 for v7 in range(5) if ('🐍py' < 'MiXeD cAsE')] if bool('🐍py'.endswith('42')) else [''.rstrip('a'), ('über' if False else '42'), '-7'.title()]))
if (not False):
    print(dict(zip([f"x={(0b1011):+d} | {(-3):08b}", ('line\nbreak' + '3.5')], list(range(3, -2, 3)))))
    for i8 in sorted(set([(2 ** 64 ** 5), 7, abs(-25546), 'line\nbreak'.find('ÄÖü')])):
        a9, *rest10 = [(([-9, -11465].count(i8) - i8) if (not ((9223372036854775807,) != (-99999999999999999999,))) else 0), ]
    else:
        for i12, i11 in enumerate(list(list(map(lambda v13: (int(0.3) * -2), [(~7), -6])))):
            b14 = (sorted(list('a,b,,c')) != ([][:1:-1] if (7 != 60042 >= i11) else ['MiXeD cAsE', 'back\\slash']))
            print([[] for v15 in range(1)], set(((-7 - i11), min(i11, 5), i11, {'straße': (1 << 62), '🐍py': 8}.get('line\nbreak', i12))), sep='')
            print((i11, i12, (0 ** 4), (i11 | i11))[::-1], ('x y z'.join(['🐍py']) if (set() != {0, -5, -6121}) else '\'q\''.title()).join([v16.lstrip() for v16 in (['Hello', 'a', 'MiXeD cAsE'] if b14 else ['42', '-7'])]), sep=', ', end=' ')
    o17 = [[]][(-9 + 73753):(0 ** 2)]
else:
    print(([-1, (10 * 5), divmod(58273, (-39335 or 5))[1]] if ((-4 // (89199 or 5)) in {71006, -52103, -2}) else {v19: (-9 * 3479) for v19 in list(map(lambda v18: v18, ['', 'ÄÖü', 'back\\slash']))}), [], sep=', ')
o20 = (((0o777, -11773, 2 ** 64, 0o777) + (4, 9223372036854775808)[::3]) if 'Mississippi'.isdigit() else ['tab\tend'.rfind('Hello') for v21 in range(1) if False])
st22 = {(sum([-99999999999999999999, -3, 49717, -9915]) + abs(2)), {'ǅx': -9, 'a,b,,c': (1 << 62)}.get(', '.join(str(v23) for v23 in [123456789012345678901234567890, -8, -87109, 1]), -4), round((0.0 % (100.0 or 1.5)))}
print('st22 =', st22)
print((-19651 & ((-2 ** 1) ** 0)), float('7'), sep='|', end=';\n')
print(tuple([(v25 if True else v25) for v25 in sorted([0o777], key=lambda v24: 3)]), len(xss0), sep='|', end='!\n')
print(()[::2], xss0, sep='')
print('xss0', xss0)
print('o20', o20)
print('st22', st22)
