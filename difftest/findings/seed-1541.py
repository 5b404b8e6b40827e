# difftest program, seed 1541
print(dict(zip('a,b,,c'.join(['straße', 'ÄÖü', '\'q\'', 'back\\slash']).split(), list(map(lambda v0: -72121, [9223372036854775808, 21169, 3, 8444]))[(-7 ** 6):sum([1, -8, 3])])), sum((9223372036854775807 - v2) for v2 in [v1 for v1 in range(3)][(-1 % (3 or 4)):{'line\nbreak': -9, '\'q\'': -8, 'snake_case': 9, 'x y z': 3}.get('ÄÖü', 0)]), sep='\n', end=' ')
print(([str('\'q\''.count('line\nbreak')) for v3 in [-9223372036854775808, 7, 0x7fffffffffffffff, -(2 ** 63)][::2]] if ((23674 - 7) in range((-7 + 48482), (6 - 10))) else [str(['line\nbreak', 'ÄÖü']), f"{('abab'):} | {(['snake_case', 'abc', '42', 'MiXeD cAsE'])}{('MiXeD cAsE')}", ('MiXeD cAsE' + 'tab\tend')]))
print('42'.rjust(5))
print({'42': 10})
print(3.14159, {('snake_case' + 'über').rfind('straße'[v4:3]) for v4 in list(range(-2, 9, -1))}, sep=', ', end='!\n')
k5 = 0
while k5 < 1:
    k5 += 1
    if True:
        for i6 in range(-2, 5):
            f7 = (({}.get('🐍py', k5) / (len({'': 1, '-7': 7, 'a': -13128, '  pad  ': -4}) or 4)) // (abs((-0.0 if False else 0.1)) or 1.5))
            f7 = 0.1
            f7 = (71239 / (sum(-6 for v10 in [w8 for v9, w8 in zip([(1 << 62), -3], [])]) or 4))
    elif (len(dict(zip(['-7', '-7'], [-3, -4, -2]))) == 10 == hash(k5)):
        for k12, i11 in list(dict(zip(([str(v13) for v13 in [-3, 5]] if (k5 >= k5) else 'ÄÖü'.split()), sorted(list(reversed([5])), key=lambda v14: v14))).items()):
            print(tuple(list(filter(lambda v15: False, [0o777]))[::-2]))
            print(k12)
            print((k5, (i11 % ((-5 + i11) or 5)), sum(-83586 for v16 in list(range(1, -1, 3))), 0o777))
    else:
        s17 = '-7'
        print('s17 =', s17)
        b18 = (abs(k5) < len(['Mississippi', '🐍py', 'Hello']))
    print(''.upper()[::2].join(sorted(['x y z'])), k5, sep=', ')
    s19 = 'MiXeD cAsE'[-1:]
else:
    for i20 in list([-10, ((8, 4611686018427387904, -9)[-(2 ** 63)] >> 54), -5, sum(len((70393,)) for v21 in ([0x7fffffffffffffff, -89747] + [1]))]):
        print(['{} {}'.format(i20, '🐍py'), str(['snake_case', '  pad  ', 'line\nbreak'][:4:2])])
    print((tuple(([15273, 26711] + [0o777, -5, -97487])) + ((6,) if (61802 != -5) else ((10, 1, 0x7fffffffffffffff, 10) if False else (1, 8, 8)))))
print('{} {}'.format('-7', '-7')[::2].isupper())
print([], ({(-93067 & -6), int(0.0), -(2 ** 63), min(-6, -4)} ^ (set({}.values()) & {-5})), sep='|', end='!\n')
