# Happy numbers and cycle detection with sets: digit-square sums, the 4-cycle, and cached results.


def digit_square_sum(n):
    return sum(int(d) ** 2 for d in str(n))


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = digit_square_sum(n)
    return n == 1


def trail(n):
    out = [n]
    seen = {n}
    while True:
        n = digit_square_sum(n)
        out.append(n)
        if n in seen:
            return out
        seen.add(n)


for n in [1, 7, 19, 20, 4, 100, 130, 2]:
    print(n, is_happy(n), trail(n))

happy = [n for n in range(1, 101) if is_happy(n)]
print("happy up to 100:", len(happy), happy)

unhappy_cycle = set(trail(4)[:-1])
print("the unhappy cycle:", sorted(unhappy_cycle), len(unhappy_cycle))
print("every unhappy number reaches it:", all(not set(trail(n)).isdisjoint(unhappy_cycle) for n in range(1, 500) if not is_happy(n)))

known_happy = {1}
known_sad = set(unhappy_cycle)
steps = 0
for n in range(1, 1001):
    path = []
    while n not in known_happy and n not in known_sad:
        path.append(n)
        n = digit_square_sum(n)
        steps += 1
    if n in known_happy:
        known_happy.update(path)
    else:
        known_sad.update(path)
print("with a cache: happy", len([n for n in known_happy if n <= 1000]), "steps", steps)
print("cache sizes:", len(known_happy), len(known_sad))
print("happy primes below 100:", [n for n in happy if n > 1 and all(n % d for d in range(2, n))])
print("largest sums seen:", sorted(known_sad)[-3:], sorted(known_happy)[-3:])
