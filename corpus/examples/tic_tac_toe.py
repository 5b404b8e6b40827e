# Tic-tac-toe: a board as a list of 9 strings, win detection, and a full minimax search of the game.
# corpus-engine: compiler

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return ""


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


nodes = 0


def minimax(board, player):
    global nodes
    nodes += 1
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), -1
    if " " not in board:
        return 0, -1
    best_score = -2 if player == "X" else 2
    best_move = -1
    for i in range(9):
        if board[i] == " ":
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = " "
            if (player == "X" and score > best_score) or (player == "O" and score < best_score):
                best_score, best_move = score, i
    return best_score, best_move


board = list("XO X O  X")
show(board)
print("winner:", winner(board) or "none")
board = list("XOXOOXX  ")
print("position", "".join(board).replace(" ", "."), "winner:", winner(board) or "none")

board = [" "] * 9
board[4] = "X"
score, move = minimax(board, "O")
print("X opens in the centre; value:", score, "best reply:", move, "positions searched:", nodes)

player = "O"
moves = [4]
while not winner(board) and " " in board:
    _, move = minimax(board, player)
    board[move] = player
    moves.append(move)
    player = "O" if player == "X" else "X"
print("perfect play:", moves)
show(board)
print("result:", winner(board) or "draw")

board = list("X O  O  X")
nodes = 0
print("O to move in", "".join(board).replace(" ", "."), "->", minimax(board, "O"), "searched", nodes)
counts = {"X": 0, "O": 0, "": 0}
for i in range(3 ** 9):
    cells = []
    k = i
    for _ in range(9):
        cells.append(" XO"[k % 3])
        k //= 3
    counts[winner(cells)] += 1
print("lines won across all 3^9 fillings:", counts)
