# difftest program, seed 40545
if (('%d|%s' % ((-3 % (4 or 6)), 'aaa'.lstrip())) in 'abc'):
    print('a'.replace('ǅx', 'ÄÖü'[5:-95289].replace(format(-4, 'd'), str(['  pad  ']))))
print({(-17661 >> 68), (6 ** 1), (4611686018427387904 + -10), (-9 + -6)})
for k1, i0 in list({'a,b,,c': -23587, 'x y z': -72748, 'snake_case': -4}.items()):
    st2 = {(min([92874, 4611686018427387904, 77180]) if [92874, 4611686018427387904, 77180] else 0), len({}), (0 // ((i0 + i0) or 2))}
else:
    b3 = ((repr((6, 10)) * -1) > repr(None).join(list('line\nbreak')))
b4 = (((1.5 if True else -2.25) - sum([-4, -10])) <= (100.0 if ('42' not in {'  pad  ': 9223372036854775807, 'Mississippi': -1, '42': 60083}) else (1.5 / (3.14159 or 2.5))))
print('b4 =', b4)
if (not (None is None)):
    print(tuple([(-7 - v6) for v6 in [v5 for v5 in range(7) if b4]]), list(map(lambda v7: chr(122 + 10 % 50), ['\'q\'']))[::3], sep='\n', end='')
    st8 = set()
    print(dict({k9: (v10 - v10) for k9, v10 in ({'': 2} if b4 else {'ǅx': -7}).items() if any(b4 for v11 in [])}))
elif all([len(v12) for v12 in sorted(['MiXeD cAsE', 'ǅx'], reverse=True)]):
    print([])
    b4 = b4
print(([('<%r>' % ('abc',)), ('aaa' + 'Hello')] < [str(int(100.0)) for v13 in list((-12610, 9, (1 << 62)))]))
print(tuple(list(map(lambda v14: (-9 + 4), list(reversed([]))))), (b4 * 0), sep=', ')
o15 = None
print([v16.strip() for v16 in []][:1:-1])
for i17 in range(-1, 6):
    o15, o15 = o15, (sorted(['a,b,,c', '  pad  '][i17:8]) if bool(('Hello' < 'ÄÖü')) else ({'MiXeD cAsE': -29671, 'x y z': 10} == {}))
    for i18 in range(-2, 3):
        for i19 in list([sum((6 ** 1) for v21 in sorted([6, -9, 0, 92855], key=lambda v20: v20)), (i18 << 11), max(i18, (i17 - i18))]):
            o15 = dict(zip(['🐍py' for v22 in ['aaa', 'ǅx', 'a,b,,c', 'Mississippi']], [w23 for v24, w23 in zip([-6, -1, 4611686018427387904], [7, -59356, 38981])])).get(('ÄÖü' if (7 != 0.1) else ('🐍py'[-5 % len('🐍py')] if '🐍py' else '')))
            o25 = (o15 if '\'q\''.isspace() else o15)
            print(dict(zip(list(map(lambda v26: 'a,b,,c', [str(i19) for v27 in [-1, -42813]])), [divmod(v29, (i18 or 5))[0] for v29 in [i18 for v28 in [1] if b4] if False])))
s30 = 'abab'
print('b4', b4)
print('o15', o15)
print('s30', s30)
