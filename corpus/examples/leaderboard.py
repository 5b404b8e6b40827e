# A game leaderboard: events update a dict of scores, rankings with ties, top-k and rank changes.

events = """alice 120
bob 95
carol 130
alice 40
dave 95
erin 60
bob 80
carol -20
frank 200
erin 115
dave 20
alice -10"""

scores = {}
history = []
for line in events.splitlines():
    name, points = line.split()
    scores[name] = scores.get(name, 0) + int(points)
    leader = max(scores, key=lambda n: (scores[n], -len(n)))
    history.append((name, int(points), leader))
for name, points, leader in history:
    print(f"{name:>6} {points:+5d}   leader: {leader}")


def ranking(table):
    ordered = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
    ranks = []
    previous = None
    rank = 0
    for position, (name, score) in enumerate(ordered, 1):
        if score != previous:
            rank = position
            previous = score
        ranks.append((rank, name, score))
    return ranks


final = ranking(scores)
for rank, name, score in final:
    print(f"{rank:>2}. {name:<6} {score:>4}")

print("top 3:", [name for _, name, _ in final[:3]])
print("ties:", [(a[1], b[1]) for a, b in zip(final, final[1:]) if a[0] == b[0]])

before = {name: rank for rank, name, _ in ranking({"alice": 160, "bob": 175, "carol": 110, "dave": 115, "erin": 175, "frank": 0})}
after = {name: rank for rank, name, _ in final}
for name in sorted(after):
    change = before[name] - after[name]
    arrow = "up" if change > 0 else ("down" if change < 0 else "same")
    print(f"{name:<6} {before[name]} -> {after[name]} {arrow} {abs(change) if change else ''}".rstrip())

total = sum(scores.values())
print("total points:", total, "average: %.2f" % (total / len(scores)))
shares = {n: round(100 * s / total, 1) for n, s in scores.items()}
print(shares)
above = [n for n in scores if scores[n] > total / len(scores)]
print("above average:", sorted(above))
