name = "x"
a = f"{name!r:>{width}.{prec}} {name=} {name = !s:10} {{lit}} {'q'} {x:{'>'}10}"
b = f'''
  {a
   + b}
{c}''' f"{d}" "plain" rf"\d{e}" F"{f!a}"
c = f"{x:{y}{z}}" u"u" "v"
d = f"{3.14:.{2}f}" f"{'{'}" f"{lambda_:}"
e = f"\N{BULLET} {x}" f"{x}\N{LATIN SMALL LETTER A}"
g = f"{a,b}" f"{*a,}" f"{(yield)}" f"{x for x in y}"
h = f"{'ab' 'cd'}" f'''{"""tq"""}'''
