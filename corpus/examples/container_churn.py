# Heavy insertion and deletion: a dict keeps insertion order through thousands of deletes and
# re-inserts, a set of ints keeps CPython's slot order after churn, and lists grow and shrink from both
# ends; totals and samples are printed along the way.
# corpus-engine: compiler

d = {}
for k in range(20000):
    d[k * 7 % 20011] = k
print("dict built:", len(d), list(d)[:5], list(d)[-3:])
for k in list(d):
    if k % 3:
        del d[k]
print("after deleting two thirds:", len(d), list(d)[:5], list(d)[-3:])
for k in range(0, 30000, 5):
    if k in d:
        d[k] = -d[k]
    else:
        d[k] = k
print("after re-inserting:", len(d), list(d.items())[:4], list(d.items())[-4:])
print("negated values:", sum(1 for v in d.values() if v < 0), "sum of keys:", sum(d))
while len(d) > 5:
    d.popitem()
print("popped down to five:", d)

s = set()
for k in range(5000):
    s.add(k * 37 % 10007)
for k in range(5000):
    if k % 50:
        s.discard(k * 37 % 10007)
print("set after churn:", len(s), s)
s.update([10006, 5003, 1])
print("three more:", s)
t = {k * 1009 for k in range(40)}
for k in range(0, 40, 3):
    t.remove(k * 1009)
print("multiples of 1009 left:", t)

q = []
total = 0
for k in range(10000):
    q.append(k)
    if k % 3 == 0:
        total += q.pop(0)
    if k % 7 == 0:
        q.insert(0, -k)
print("queue:", len(q), q[:5], q[-5:], "taken:", total)
del q[::2]
print("every other removed:", len(q), q[:4], sum(q))
q[100:200] = []
q[:0] = [0] * 3
print("slices:", len(q), q[:6], max(q), min(q))
words = {}
for i in range(3000):
    w = "w" + str(i % 997)
    words[w] = words.get(w, 0) + 1
    if i % 11 == 0:
        words.pop(w)
print("word counts:", len(words), list(words.items())[:3], sum(words.values()))
