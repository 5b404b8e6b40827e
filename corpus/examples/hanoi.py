# Towers of Hanoi: the moves for three discs and move counts for larger towers.

moves = 0


def hanoi(n, source, target, spare, show):
    global moves
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, show)
    moves += 1
    if show:
        print("move disc", n, "from", source, "to", target)
    hanoi(n - 1, spare, target, source, show)


def count_moves(n):
    return 0 if n == 0 else 2 * count_moves(n - 1) + 1


hanoi(3, "A", "C", "B", True)
print("moves:", moves)
for n in range(1, 13):
    moves = 0
    hanoi(n, "A", "C", "B", False)
    print(n, moves, count_moves(n), moves == 2**n - 1)
print("64 discs need", count_moves(64), "moves")
print("100 discs need", count_moves(100), "moves")
