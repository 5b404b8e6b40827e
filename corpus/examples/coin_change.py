# Coin change: counting ways and fewest coins with 1-D DP lists, greedy failures, and change-making.


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def fewest(coins, amount):
    INF = amount + 1
    best = [0] + [INF] * amount
    last = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
                last[a] = coin
    if best[amount] == INF:
        return -1, []
    used = []
    while amount > 0:
        used.append(last[amount])
        amount -= last[amount]
    return len(used), sorted(used, reverse=True)


def greedy(coins, amount):
    used = []
    for coin in sorted(coins, reverse=True):
        n, amount = divmod(amount, coin)
        used.extend([coin] * n)
    return used if amount == 0 else []


EURO = [1, 2, 5, 10, 20, 50, 100, 200]
print("ways to make 2 euro:", count_ways(EURO, 200))
print("ways for 0..10 cents:", [count_ways(EURO, a) for a in range(11)])
for amount in [3, 8, 63, 99, 289]:
    n, used = fewest(EURO, amount)
    print(amount, n, used, used == greedy(EURO, amount))

ODD = [1, 3, 4]
for amount in [6, 10, 13]:
    print("coins", ODD, "amount", amount, "dp", fewest(ODD, amount), "greedy", greedy(ODD, amount))
print("impossible with [5, 7]:", [a for a in range(1, 30) if fewest([5, 7], a)[0] == -1])

register = {200: 2, 100: 3, 50: 1, 20: 4, 10: 0, 5: 6, 2: 10, 1: 3}


def pay_out(amount):
    given = {}
    for coin in sorted(register, reverse=True):
        while amount >= coin and register[coin] > 0:
            amount -= coin
            register[coin] -= 1
            given[coin] = given.get(coin, 0) + 1
    return given, amount


for amount in [385, 147, 96, 500]:
    given, short = pay_out(amount)
    print("pay", amount, "->", given, "short by", short)
print("register now:", register, "value", sum(c * n for c, n in register.items()))
