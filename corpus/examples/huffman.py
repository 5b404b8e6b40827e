# Huffman codes: letter counts in a dict, a list-based priority queue of trees, codes, encode/decode.

TEXT = "this is an example of a huffman tree built from a short sentence"

counts = {}
for ch in TEXT:
    counts[ch] = counts.get(ch, 0) + 1
print("symbols:", len(counts))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# A tree is a list: [weight, order, symbol, left, right]; order breaks ties deterministically.
forest = [[n, i, ch, None, None] for i, (ch, n) in enumerate(sorted(counts.items()))]
order = len(forest)
while len(forest) > 1:
    forest.sort(key=lambda t: (t[0], t[1]))
    a = forest.pop(0)
    b = forest.pop(0)
    forest.append([a[0] + b[0], order, "", a, b])
    order += 1
root = forest[0]
print("root weight:", root[0], "nodes made:", order)

codes = {}


def assign(node, prefix):
    if node[2]:
        codes[node[2]] = prefix or "0"
        return
    assign(node[3], prefix + "0")
    assign(node[4], prefix + "1")


assign(root, "")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), counts[ch], codes[ch])

encoded = "".join(codes[ch] for ch in TEXT)
print("encoded bits:", len(encoded), "vs 8-bit:", 8 * len(TEXT), "ratio %.3f" % (len(encoded) / (8 * len(TEXT))))
print(encoded[:64])

decoded = []
node = root
for bit in encoded:
    node = node[3] if bit == "0" else node[4]
    if node[2]:
        decoded.append(node[2])
        node = root
print("decoded matches:", "".join(decoded) == TEXT)
prefix_free = all(not codes[b].startswith(codes[a]) for a in codes for b in codes if a != b)
print("prefix free:", prefix_free)
weighted = sum(counts[ch] * len(codes[ch]) for ch in counts)
print("weighted length:", weighted, "average %.4f bits" % (weighted / len(TEXT)))
print("kraft sum:", sum(2 ** (-len(c)) for c in codes.values()))
