# Word search: finding words in a letter grid along the eight directions, marking hits, counting letters.

GRID = [
    "PYTHONXQ",
    "AZLISTEU",
    "RDICTSTE",
    "SETOAAUU",
    "EQLIPBPE",
    "RTUPLEJK",
    "MAPWHILE",
    "STRINGSO",
]
WORDS = ["PYTHON", "LIST", "DICT", "SET", "TUPLE", "MAP", "WHILE", "STRING", "PARSER", "QUEUE",
         "TABLE", "LOOP", "SORT", "LAMBDA"]
DIRECTIONS = [(0, 1), (1, 0), (1, 1), (-1, 1), (0, -1), (-1, 0), (-1, -1), (1, -1)]
NAMES = ["E", "S", "SE", "NE", "W", "N", "NW", "SW"]

rows, cols = len(GRID), len(GRID[0])


def find(word):
    hits = []
    for r in range(rows):
        for c in range(cols):
            if GRID[r][c] != word[0]:
                continue
            for d, (dr, dc) in enumerate(DIRECTIONS):
                end_r, end_c = r + dr * (len(word) - 1), c + dc * (len(word) - 1)
                if not (0 <= end_r < rows and 0 <= end_c < cols):
                    continue
                if all(GRID[r + dr * k][c + dc * k] == word[k] for k in range(len(word))):
                    hits.append((r, c, NAMES[d]))
    return hits


found = {}
for word in WORDS:
    hits = find(word)
    print(f"{word:<7} {hits if hits else 'not found'}")
    if hits:
        found[word] = hits[0]

marked = [["."] * cols for _ in range(rows)]
for word, (r, c, name) in found.items():
    dr, dc = DIRECTIONS[NAMES.index(name)]
    for k in range(len(word)):
        marked[r + dr * k][c + dc * k] = GRID[r + dr * k][c + dc * k]
for row in marked:
    print(" ".join(row))

unused = [GRID[r][c] for r in range(rows) for c in range(cols) if marked[r][c] == "."]
print("unused letters:", "".join(unused), len(unused))
counts = {}
for row in GRID:
    for ch in row:
        counts[ch] = counts.get(ch, 0) + 1
print("most common letters:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
columns = ["".join(GRID[r][c] for r in range(rows)) for c in range(cols)]
print("columns:", columns)
print("diagonal:", "".join(GRID[i][i] for i in range(rows)), "anti:", "".join(GRID[i][cols - 1 - i] for i in range(rows)))
