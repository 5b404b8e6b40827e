# An inverted index: word -> sorted document ids, boolean queries with list merging, ranking by hits.

DOCS = [
    "the cat sat on the mat",
    "the dog chased the cat",
    "a bird sat on a wire",
    "the cat and the dog are friends",
    "dogs and cats and birds",
    "a mat for the dog",
]

STOP = ["a", "the", "on", "and", "are", "for"]

index = {}
positions = {}
for doc_id, text in enumerate(DOCS):
    for pos, word in enumerate(text.split()):
        if word in STOP:
            continue
        ids = index.setdefault(word, [])
        if not ids or ids[-1] != doc_id:
            ids.append(doc_id)
        positions.setdefault((word, doc_id), []).append(pos)

for word in sorted(index):
    print(f"{word:<8} {index[word]}")


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif a[i] < b[j]:
            i += 1
        else:
            j += 1
    return out


def union(a, b):
    return sorted(set(a) | set(b))


def query_and(words):
    result = index.get(words[0], [])
    for w in words[1:]:
        result = intersect(result, index.get(w, []))
    return result


for q in [["cat"], ["cat", "dog"], ["sat", "mat"], ["dog", "bird"], ["unicorn"]]:
    print("AND", q, "->", query_and(q))
print("OR cat bird ->", union(index["cat"], index["bird"]))
print("NOT dog ->", [d for d in range(len(DOCS)) if d not in index["dog"]])

query = ["cat", "dog", "mat"]
scores = {}
for w in query:
    for d in index.get(w, []):
        scores[d] = scores.get(d, 0) + len(positions[(w, d)])
for d, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(s, d, DOCS[d])

print("positions of cat:", {d: positions[("cat", d)] for d in index["cat"]})
vocab = sorted(index, key=lambda w: (-len(index[w]), w))
print("by document frequency:", vocab[:5])
