# reversed() over values whose types inference settles late: a dict known only through a list
# element held in a name that is rebound by the loop (its cells escape late), a tuple whose length is not known
# statically, a dict with keys past 2**64, elements of containers nothing is ever stored in.
# Each once made the final lowering see types inference had not, an internal compiler error.


def make(n):
    return tuple([[i] for i in range(n)])


a = [{}]
S = a[0]
for a, b in zip(reversed(S), reversed(S)):
    print(a, b)
print("empty dict zipped:", len(S), a)

t = make(3)
for i, x in enumerate(reversed(t)):
    print(i, x)
print([x for x in reversed(make(4))])

big = {10**20: [1], 2: [3], -(2**70): [5]}
kept = [[5]]
for k in reversed(big):
    kept.append(k)
print(kept)
for k, v in reversed(big.items()):
    print(k, v)
print(list(reversed(big.values())))

never = [[]]
out = []
for y in reversed(never[0]):
    out.append(y)
print(out, list(reversed(never[0])), tuple(reversed(never)))
nd = [{}]
for p, q in zip(reversed(nd[0]), reversed(big)):
    print(p, q)
print({str(x): x for x in reversed(make(2))})
