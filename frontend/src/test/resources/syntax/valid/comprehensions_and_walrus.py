a = [x for x in y if x if not x for z in x]
b = {k: v for k, v in d.items() if (n := len(k)) > 2}
c = {x async for x in y}
d = (x for x in range(10))
e = f(x for x in y)
f = [y := 5, y ** 2]
g = [*a, *b]
h = {**a, 'b': 1, **c}
print(*args, **kwargs, sep='')
i = a[1:2, ::3, ...]
j = a[*b]
k = a[:, 1]
l = a[b:=1]
