# difftest program, seed 11086
for i0 in range(-2, 8):
    a1, *rest2 = [i0, ]
    if all(((a1 == 0x7fffffffffffffff) if (['a'] >= ['42', 'abc', 'aaa', 'a']) else any(True for v5 in rest2)) for v4 in sorted(rest2, key=lambda v3: v3)):
        t6 = (((-2 ** 4) | (False - i0)), a1, 7)
        print('t6 =', t6)
        if (a1 >= ((max([1, 2, 2 ** 64, -9223372036854775808]) if [1, 2, 2 ** 64, -9223372036854775808] else 0) // (len(rest2) or 5))):
            print(set())
            n7 = 9223372036854775807
            print('n7 =', n7)
    elif bool(set()):
        t8 = (len([[9], [-3, -27625, -99999999999999999999, 4]]), sum(rest2))[4:]
        print('t8 =', t8)
        xss9 = [[(rest2[(i0 // (a1 or 2)) % len(rest2)] if rest2 else 0)], [i0, -5, len(({123456789012345678901234567890, 41192, -99999999999999999999} if False else {-7, 4, 0, 4611686018427387904}))]]
        print('xss9 =', xss9)
    elif (round((1e10 * -7.0)) in [divmod(v10, (0o777 or 5))[1] for v10 in range(7)]):
        print('MiXeD cAsE'.isalnum(), {(+(-v11)) for v11 in rest2}, sep='')
for i12 in sorted(set(sorted([], reverse=True))):
    if (i12 < (abs(51875) if (6 not in {0, 0, -8, 41131}) else (-7 ^ i12))):
        for k14, i13 in list({v16: (sum(v17 for v17 in [1_000_000, 3]) - -6) for v16 in [v15 for v15 in ['-7', '3.5', '42', 'a,b,,c']][:0:-1]}.items()):
            print(9223372036854775808, ((((-85361,) if True else (-6, 0, 34947)) if (k14 <= 'abab') else tuple([69424, 80797])) if (k14.lstrip() >= k14) else (len(range(i13 % 50, 8 % 50, 3)), 2 ** 64)), sep=', ')
            n18 = k14.count(str('abab')[::-2])
            print('n18 =', n18)
        else:
            print(chr(72 + i12 % 50))
            print(f"x={('ǅx'.title())!r}".startswith(repr('🐍py')))
        for i19 in f" | {([])!r}x={((-20044 - i12)):+d} | {(-10):,}"[:-3:1]:
            s23 = chr(78 + 3 % 50).rstrip()
    elif ((([] if False else [[6, -4]]) if (None is None) else str('\'q\'')) is None):
        for i24 in range(0, 1):
            if ((('  pad  ' if True else {81204, 62588, -1}) if '🐍py'.isalpha() else (None if False else None)) is not None):
                continue
            n25 = i24
            print('n25 =', n25)
        if (((i12 * -(2 ** 63)), (1 if False else 2 ** 64), 1) > (((26022, 19049, 0x7fffffffffffffff) if False else ()) if (True if False else True) else (-9223372036854775808, 1))):
            xs26 = list({'\'q\'': -8, '42': 2, 'Hello': -14200, '\'q\'': -10}.values())[::-1]
            print('xs26 =', xs26)
        elif True:
            n27 = 9
            print('n27 =', n27)
        else:
            print((((False - i12) // (i12 or 8)), (3, 2)[round(2.5)], (-(-1 if True else i12)), {'line\nbreak': -9}.get(('abc' + 'über'), 2)))
            print([[divmod(v28, (-7 or 5))[1]] for v28 in range(0)])
else:
    for i29 in sorted(dict(zip(f"{(''):<3}x={({'aaa': 7})!r}{('MiXeD cAsE')!s}".split(','), [(min([-9, 4, -16648]) if [-9, 4, -16648] else 0), max(4, 5)]))):
        for i33 in range(1, 7):
            s34 = 'x y z'
            print(tuple([i33, (i33 + i33), (i33 - i33)]))
        if False:
            print(())
            a35, *rest36 = [(max([v39 for v39 in [i37 for i37, v38 in enumerate([0])]]) if [v39 for v39 in [i37 for i37, v38 in enumerate([0])]] else 0), ]
            print('über')
        elif (repr([][4611686018427387904:10 ** 20]) >= min('straße'.swapcase(), i29)):
            print([[(2 ** 64 ** 4), (25705 ** 3)], [-10, {'Mississippi': 9223372036854775807}.get(i29, 3), (0b1011 * 10)], [i29.rfind(i29), (ord(i29[0]) if i29 else -1), len(range(65809 % 50, 0 % 50, 3)), (-27894 << 3)]][-2:], [round(123.456) for v40 in sorted([10 ** 20, 9, 0])[:-2:2]], sep='\n')
        if ((not (-(2 ** 63) == 15238 <= -5)) and (sorted([0, -9, 77567], key=lambda v41: 0x7fffffffffffffff) < ([-10] if True else [-1, 0x7fffffffffffffff, -24957]))):
            print({'snake_case': 0b1011})
            print((-2.25 if (round(-2.25) >= 8) else ((100.0 - -2.25) + (5 if False else -25354))), set(sorted([w42 for v43, w42 in zip([6, 6, -9], [3])], key=lambda v44: '\'q\''.find('ÄÖü'))), sep='', end=';\n')
        elif ((([[7, -42548, 10], [6, 4]] if True else [[8910, 4, -(2 ** 63), 0b1011], [83741, 8]]) if (-3 >= 9) else {-10, 0, -4, 2}) == ((0.5 / (0.5 or 2.5)) if (0o777 != 4) else round(1e300, 3))):
            print(list({v45: 10 ** 20 for v45 in ['MiXeD cAsE', 'abab']}))
def fn46(p47: int, p48, p49: int) -> bool:
    print([])
    print(((p49 * 9223372036854775808) / (1e300 or 2.5)))
    p48 = p48
    print('line\nbreak'[-3:][round(-2.25):int('+3')].join(sorted(list({'MiXeD cAsE': 9223372036854775808, '42': -7, 'tab\tend': 123456789012345678901234567890}.keys()), reverse=True)), {'a,b,,c': -8}.get(f" | {(len({10, 0o777})):d}"), sep='|')
    p47 = f"{((p47 + p47)):#x}-{(len({10, 4611686018427387904, -4})):#x}".count('x y z')
    return (not (len(()) == 1e16))
print(fn46((sum((-v51) for v51 in list(map(lambda v50: v50, [-9, -1, -9223372036854775808]))) ^ len(range((37816 ** 1) % 50, int(2.5) % 50, 1))), [0x7fffffffffffffff for v54, w53 in zip(([v52 for v52 in range(4)] if bool(0.3) else list({'42': -38742, 'line\nbreak': -2, 'MiXeD cAsE': 9223372036854775807, '42': 6}.values())), list(range(1, 0, 1)))], 65000))
print((min(([-6, -6, -9] * 2)) if ([-6, -6, -9] * 2) else 0))
print({'aaa': -3, 'snake_case': -1, 'x y z': 0}, sum([-0.0, (-(+-0.0))]), sep='\n')
def fn55(depth56, p57=True, p58=-6, p59=-7.0):
    if depth56 <= 0:
        return ((ord('-7'.lower()[0]) if '-7'.lower() else -1), (~depth56))
    print((({'3.5': 73723, '-7': 123456789012345678901234567890}.get('-7', p58) << 32) - ((depth56 * 5) if (p57 == p57) else (depth56 + p58))))
    p59 += round(p59, -1)
    print(-4)
    r60 = fn55(depth56 - 1, ((depth56 < (p58 if p57 else 0)) != (-6 < depth56)), (min((max([-3, -4, 0b1011]) if [-3, -4, 0b1011] else 0), 1_000_000) if ([9223372036854775808].count(p58) < (p59 + p59)) else (int(p59) // ((p58 - p58) or 8))), 3.14159)
    print('r60', r60)
    return r60
b61 = isinstance([[-4, -127][v62:v62] for v62 in range(3)], int)
print('b61 =', b61)
print(list(reversed(sorted(list(range(3, 9, 1)), key=lambda v63: sum(81934 for v64 in [-4, 3, 36104])))))
print([((9 + -5) - 0), sum((v65 + 6) for v65 in ([7] * 0)), len([2 for v66 in [-9223372036854775808, -6, -33970, -7] if b61])])
f67 = (1e16 % (1e16 or 1.5))
print('f67 =', f67)
if ('%o' % min(1_000_000, 0)).islower():
    fn55(0, (((10585 << 12) - (10 ** 20 + -10)) == (min(sorted((8, 7))) if sorted((8, 7)) else 0)), (ord('MiXeD cAsE'.lstrip('-7')[:0:2][0]) if 'MiXeD cAsE'.lstrip('-7')[:0:2] else -1), 0.3)
    for i68 in list([str((round(f67) + (0x7fffffffffffffff << 62))) for v69 in [35382][:-3:2]]):
        print(list({k73: len((-11058, -2, -7, 10 ** 20)) for k73, v74 in dict(zip(['  pad  ', 'MiXeD cAsE', 'MiXeD cAsE', '🐍py'], [-5, -1, 0b1011])).items()}.values()), ((i68 if b61 else (5, 10, -3680, -6)) if b61 else (([[1, 2, -9223372036854775808]] if b61 else b61) if b61 else [-6, -99999999999999999999])), sep=', ')
else:
    f67 = 0.3
    print({v75: sum([2 ** 64][:0:2]) for v75 in list('abab')})
print([[(2 ** 64 ** 5)], [min(4, -10505), (4 ^ 10 ** 20), 1_000_000, (6 * -9223372036854775808)]][:-1:1], (94490 / (((--10) & len(['über'])) or 4)), sep='')
f67 -= ((7 & 5) / (len({v76: -9 for v76 in ['aaa', 'x y z', 'back\\slash', 'a']}) or 4))
st77 = (set((6211,)) & {(-10527 - -34613)})
print('st77 =', st77)
b78 = b61
print('b78 =', b78)
for k80, i79 in list({'42': -(2 ** 63), 'x y z': 0b1011, 'Mississippi': (1 << 62)}.items()):
    b78 = bool(sorted([v81 for v81 in range(7) if b61], key=lambda v82: divmod(-1, (9 or 5))[0], reverse=True))
def fn83(p84):
    global st77
    print({'Hello': 6, 'a': 4, 'a': 43583})
    print({'\'q\'': 8, 'Hello': 9, 'ǅx': 4, '42': 9}, {((True and p84) + int(' -7 ')) for v88 in [(v87 % (-4 or 2)) for i86, v87 in enumerate([len(v85) for v85 in ['Hello']])]}, sep='|')
    if (('tab\tend'.strip() + 'abab') <= format((f67 / (f67 or 2.5)), '10.4f')):
        print(b61)
    elif p84:
        print(divmod(('snake_case'.endswith('a,b,,c') - -9), (16815 or 3)))
    return f67
print('b61', b61)
print('f67', f67)
print('st77', st77)
print('b78', b78)
