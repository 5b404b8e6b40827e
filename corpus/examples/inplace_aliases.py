# Augmented assignment keeps lists, sets and dicts the same object: every alias sees xs *= 2,
# xs += ..., s |= ..., d |= ..., on names, parameters, globals, subscripts and values of mixed type.

x = [1, 2]
y = x
y *= 2
print(x, y is x)
def grow(xs):
    xs *= 2
    xs += [0]
grow(x)
print(x)
d = {"k": [1], "s": {1}, "m": {"a": 1}}
alias = d["k"]
d["k"] *= 3
d["k"] += (7,)
print(d["k"], alias)
sa = d["s"]
d["s"] |= {2}
d["s"] -= {1}
print(d["s"], sa)
ma = d["m"]
d["m"] |= {"b": 2}
d["m"] |= [("c", 3)]
print(d["m"], ma)
n = [[1], [2]]
inner = n[0]
n[0] *= 3
n[1] += "ab"
print(n, inner)
mixed = {"list": [1], "num": 5, "set": {3}, "text": "ab", "dict": {1: 1}}
keep = [mixed["list"], mixed["set"], mixed["dict"]]
for key in mixed:
    v = mixed[key]
    if key == "list":
        v += [2]
        v *= 2
    elif key == "set":
        v |= {4}
        v ^= {3}
    elif key == "dict":
        v |= {2: 2}
    elif key == "num":
        v += 1
        v *= 3
    else:
        v += "c"
        v *= 2
    print(key, v)
print(mixed, keep)
g = [5]
def bump():
    global g
    g *= 2
bump()
print(g)
a = {1: 2}
b = {3: 4, 1: 0}
c = a | b
a |= b
print(c, a, b | a)
x *= 0
print(x, y)
z = [1, 2]
z *= True
print(z)
