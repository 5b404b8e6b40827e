# difftest program, seed 10544
xss0 = (([] if (True or True) else []) if all(('ÄÖü' in {'x y z': -6, 'abc': 1_000_000, '3.5': 4611686018427387904}) for v1 in list(range(-3, 7, -1))) else [[2 ** 64, 9223372036854775807, -10], [2], [3, 8, 0x7fffffffffffffff]][:1:1])
print('xss0 =', xss0)
if xss0:
    xss0[(abs(4611686018427387904) * (1 + len({-3}))) % len(xss0)].append(len(set(tuple([]))))
print((({'a,b,,c': -1, '🐍py': 1, '\'q\'': -10050, 'abab': 25221}.get('MiXeD cAsE', 3) % ((-8 | -69797) or 1)), -9, ((5 ^ -8) & 2)))
xss2 = xss0
d3 = {'🐍py': -1}
k4 = 0
while k4 < 3:
    k4 += 1
    for i6, i5 in enumerate(list([])):
        xss2 = xss2
        xs7 = []
        if ((d3['ǅx'] in range((i6 >> 2), 9)) or (not (i6 != -2))):
            continue
    print((k4,), None, sep='|')
for i8 in sorted(d3):
    f10 = (round(float(-2), -1) * 0.1)
    if i8.startswith(f"x={(i8.capitalize()):>8}{((6 % (2 ** 64 or 3))):05}{(f10):.3f}"):
        k11 = 0
        while k11 < 4:
            k11 += 1
            d12 = d3
            t13 = tuple(list(range(-2, -2, 3)))
    if xss0:
        print(xss0[-1], xss0[0][:0])
def fn14(depth15: int, p16: int = 9, p17: int = 2, p18: int = 4) -> None:
    if depth15 <= 0:
        return
    xs19 = [int('123456789012345678901234'), int('42'), (10 ** 20 ** 3), sum(sorted([], key=lambda v20: -94375))]
    print('xs19 =', xs19)
    d3['snake_case'] = (abs(p16) + (xs19[31393 % len(xs19)] if xs19 else 0))
    xs21 = xs19
    print('xs21 =', xs21)
    a22, *rest23 = [(~p16), ]
    xss24 = ((xss2 if any(False for v25 in rest23) else [[9223372036854775808, 55909, (1 << 62)], [], []]) if ('-7' == '42'[2:]) else [xs21, list(range(-3, 5, 2))])
    fn14(depth15 - 1, int(1e10), p17, (p18 // (-7 or 9)))
fn14(8, p16=(((-6 < 8) - int(2.5)) ^ round((-2.25 if True else 0.1))), p17=(([6, -7, -(2 ** 63)].count(0b1011) ^ (123456789012345678901234567890 + 9223372036854775807)) - 5), p18=len(range((min([-7, 2, -7, -4]) if [-7, 2, -7, -4] else 0) % 50, (d3.get('🐍py', 0b1011) - -99999999999999999999) % 50, 2)))
print((9 / (((100.0 - 3.14159) - min(-0.0, 123.456)) or 2.5)))
if ('%d|%s' % ((4 // (-10 or 4)), 'a')).startswith((('aaa' if True else '3.5') + ('%r' % 123.456))):
    b26 = ((len({-16762}) <= int(' -7 ')) and (list((3,)) <= ([0, 5820, 76361, 0x7fffffffffffffff] + [-8, 12659, -2, -6])))
    xss0.sort()
d3 = d3
d3 = d3
print('xss0', xss0)
print('xss2', xss2)
print('d3', d3)
