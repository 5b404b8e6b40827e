# Sets of ints print in CPython's hash-table order: small and large values, negatives (hash(-1) is
# -2), values past 2**61 - 1 that wrap, growth and resizing, removal and re-insertion, comprehensions.

print({3, 1, 2}, {10, 20, 30, 40, 50}, {100, 5, 37, 8})
print({-1, -2, 0, 1, 2}, {-5, 5, -10, 10})
print({2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 1, 0}, {2 ** 64, 2 ** 64 + 7, -(2 ** 64)})

s = set()
sizes = []
for n in range(0, 60, 7):
    s.add(n)
    sizes.append(len(s))
print("grown:", s, sizes)
for n in [8, 16, 32, 64, 128, 256]:
    s.add(n)
print("powers of two added:", s)
s.discard(7)
s.discard(32)
print("after discards:", s)
s.add(7)
s.add(1000)
print("re-added:", s)

collide = {8, 16, 24, 0, 32}
print("multiples of 8:", collide)
wide = {i * 1000003 for i in range(12)}
print("spread values:", wide)
squares = {i * i % 17 for i in range(40)}
print("squares mod 17:", squares, len(squares))
big = set(range(100, 0, -9))
print("built from a descending range:", big)
print("union order:", {1, 50, 99} | {2, 51, 98}, {98, 2, 51} | {99, 50, 1})
print("intersection order:", {5, 10, 15, 20, 25} & {25, 15, 5, 30}, {25, 15, 5, 30} & {5, 10, 15, 20, 25})
print("difference:", set(range(20)) - {0, 5, 10, 15}, {40, 30, 20, 10} - {30})
print("symmetric:", {1, 2, 3, 64, 65} ^ {3, 4, 65, 66})

popped = []
t = {44, 12, 7, 99, 3}
while t:
    popped.append(t.pop())
print("pop order:", popped)
print("list of a set:", list({9, 8, 7, 6, 5, 4, 3, 2, 1}), sorted({9, 8, 7}), tuple({33, 1, 65}))
print("sum/min/max ignore order:", sum({4, 5, 6}), min({4, 5, 6}), max({4, 5, 6}))
evens = {x for x in range(-10, 11) if x % 2 == 0}
print("evens from -10 to 10:", evens)
print("membership:", -10 in evens, 11 in evens, 2 ** 61 in {2 ** 61 - 1}, 0 in {2 ** 61 - 1})
print("as a dict's keys:", {k: k * k for k in {5, 3, 1, 64}})
