# Names and loops: a for loop's variable survives the loop, a comprehension's does not leak, loops
# over an empty sequence leave the old value, for/else and while/else with containers, and a loop
# that edits a copy while iterating the original.

i = -1
for i in range(3):
    pass
print("after the loop i is", i)
for i in []:
    pass
print("an empty loop leaves it alone:", i)
x = "outer"
squares = [x * x for x in range(5)]
print("comprehension kept x private:", x, squares)
pairs = [(x, y) for x in range(3) for y in range(x)]
print("nested clauses run left to right:", pairs, x)
total = sum(k for k in range(10) if k % 3)
print("generator in sum:", total)

items = ["keep", "drop", "keep", "drop", "drop", "keep"]
kept = []
for item in items[:]:
    if item == "drop":
        items.remove(item)
    else:
        kept.append(item)
print("edited while iterating a copy:", items, kept)

found = None
for word in ["ant", "bee", "cat", "dog"]:
    if word.startswith("c"):
        found = word
        break
else:
    found = "none"
print("for/else with break:", found)
for word in ["ant", "bee"]:
    if word.startswith("c"):
        break
else:
    print("for/else without break reaches else; word is", word)

queue = [5, 3, 8]
steps = 0
while queue:
    value = queue.pop()
    steps += 1
    if value > 100:
        break
    if value % 2 == 0:
        queue.append(value // 2 + 1)
else:
    print("while/else after", steps, "steps; queue empty:", queue == [])

matrix = [[1, 2], [3, 4], [5, 6]]
for row_index, (left, right) in enumerate(matrix):
    matrix[row_index] = [right, left]
print("rows rewritten through their index:", matrix, row_index, left, right)
for a, *rest in [(1, 2, 3), (4, 5), (6,)]:
    print("head", a, "rest", rest)
acc = []
for ch in "abc":
    for n in range(2):
        if n == 1 and ch == "b":
            continue
        acc.append(ch + str(n))
print("continue skips one:", acc)
d = {"a": 1, "b": 2}
for key in list(d):
    d[key * 2] = d.pop(key) * 10
print("keys rebuilt over a list of them:", d)
