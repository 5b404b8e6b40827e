# Ten-pin bowling scores: rolls in a list, frames with strikes and spares, running totals, a score card.


def frames(rolls):
    out = []
    i = 0
    for frame in range(10):
        if rolls[i] == 10:
            out.append((rolls[i:i + 1], 10 + rolls[i + 1] + rolls[i + 2]))
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            out.append((rolls[i:i + 2], 10 + rolls[i + 2]))
            i += 2
        else:
            out.append((rolls[i:i + 2], rolls[i] + rolls[i + 1]))
            i += 2
    bonus = rolls[i:]
    return out, bonus


def marks(pins):
    if pins == [10]:
        return "X"
    if len(pins) == 2 and sum(pins) == 10:
        return ("-" if pins[0] == 0 else str(pins[0])) + "/"
    return "".join("-" if p == 0 else str(p) for p in pins)


games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "nines": [9, 0] * 10,
    "late strikes": [3, 4, 6, 2, 7, 1, 0, 0, 8, 1, 2, 5, 4, 4, 3, 3, 10, 10, 10, 10],
}

for name, rolls in games.items():
    result, bonus = frames(rolls)
    running = []
    total = 0
    for pins, score in result:
        total += score
        running.append(total)
    card = " ".join(f"{marks(p):>3}" for p, _ in result)
    print(f"{name:<13} {card}  bonus {bonus}")
    print(f"{'':<13} {' '.join(f'{t:>3}' for t in running)}  = {total}")

def game_total(rolls):
    return sum(score for _, score in frames(rolls)[0])


strikes = {name: rolls.count(10) for name, rolls in games.items()}
print("strike counts:", strikes)
best = max(games, key=lambda n: game_total(games[n]))
print("best game:", best, game_total(games[best]))
averages = sorted([(game_total(r) / 10, n) for n, r in games.items()], reverse=True)
print([(n, a) for a, n in averages])
