with f() as g:
g()
