# A trie of words built from dicts (letter -> node index) in a list of nodes: insertion, prefix search,
# autocomplete in sorted order, counting and the longest common prefix.

children = [{}]
terminal = [False]
counts = [0]


def insert(word):
    node = 0
    for ch in word:
        counts[node] += 1
        nxt = children[node].get(ch, -1)
        if nxt < 0:
            children.append({})
            terminal.append(False)
            counts.append(0)
            nxt = len(children) - 1
            children[node][ch] = nxt
        node = nxt
    counts[node] += 1
    terminal[node] = True


def find(prefix):
    node = 0
    for ch in prefix:
        node = children[node].get(ch, -1)
        if node < 0:
            return -1
    return node


def collect(node, prefix, out):
    if terminal[node]:
        out.append(prefix)
    for ch in sorted(children[node]):
        collect(children[node][ch], prefix + ch, out)


WORDS = "car card care careful cart carbon cat catalog dog dot dote doting do zebra zeal zero".split()
for w in WORDS:
    insert(w)
print("words:", len(WORDS), "nodes:", len(children))

for prefix in ["car", "care", "ca", "do", "z", "x", ""]:
    node = find(prefix)
    found = []
    if node >= 0:
        collect(node, prefix, found)
    print(f"{repr(prefix):<7} words {counts[node] if node >= 0 else 0:>2}: {found}")

for w in ["cart", "carts", "do", "d", "zero"]:
    node = find(w)
    print(w, "present" if node >= 0 and terminal[node] else "absent")

node = 0
common = ""
while len(children[node]) == 1 and not terminal[node]:
    ch = list(children[node])[0]
    common += ch
    node = children[node][ch]
print("common prefix of all:", repr(common))
group = [w for w in WORDS if w.startswith("car")]
lcp = group[0]
for w in group[1:]:
    while not w.startswith(lcp):
        lcp = lcp[:-1]
print("common prefix of the car words:", lcp)
branching = sorted((len(children[i]), i) for i in range(len(children)) if len(children[i]) > 1)
print("branch points:", branching)
leaves = sum(1 for c in children if not c)
print("leaves:", leaves, "terminal nodes:", terminal.count(True))
