# difftest finding, seed 10544 (the full program: seed-10544.py), reduced by the campaign's reducer.
# different (stdout), Chicory and Node alike; status 1 and the last stderr line agree:
#   ValueError: Exceeds the limit (4300 digits) for integer string conversion; ...
# CPython's print writes each argument and separator as it converts them, so 'a ' is on stdout
# before str() of the list fails; Waspy's print writes nothing. By hand: print('a', [10 ** 5000])
def fn14(depth15: int, p16: int = 9, p17: int = 2, p18: int = 4) -> None:
    xs19 = ['a', '42', (10 ** 20 ** 3), sorted([], key=lambda v20: -1)]
    print('a', xs19)
fn14(8, p16=8, p17=5, p18=range(1, 2))
