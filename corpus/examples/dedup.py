# Removing duplicates: order-preserving dedup with a seen set, dict keys, case-folding and near-duplicates.

emails = ["Ann@Example.com", "bob@example.com", "ann@example.com", "carl@example.org", "BOB@EXAMPLE.COM",
          "dana@example.net", "carl@example.org", "erin@example.com", " ann@example.com "]


def dedup_keep_order(items):
    seen = set()
    out = []
    for item in items:
        key = item.strip().lower()
        if key not in seen:
            seen.add(key)
            out.append(item.strip())
    return out


unique = dedup_keep_order(emails)
print("unique:", unique)
print("counts:", len(emails), "->", len(unique))
print("by dict keys:", list({e.strip().lower(): None for e in emails}))
domains = sorted(set(e.strip().lower().split("@")[1] for e in emails))
print("domains:", domains)

numbers = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
print("set:", set(numbers))
print("first occurrences:", dedup_keep_order([str(n) for n in numbers]))
dupes = sorted({n for n in numbers if numbers.count(n) > 1})
print("duplicated values:", dupes)
positions = {}
for i, n in enumerate(numbers):
    positions.setdefault(n, []).append(i)
print("positions of repeats:", {n: positions[n] for n in dupes})
last = {}
for i, n in enumerate(numbers):
    last[n] = i
print("keep last occurrence:", [n for i, n in enumerate(numbers) if last[n] == i])

rows = [(1, "x"), (2, "y"), (1, "x"), (3, "z"), (2, "y"), (2, "w")]
seen_rows = []
for r in rows:
    if r not in seen_rows:
        seen_rows.append(r)
print("unique rows:", seen_rows)
print("unique ids:", sorted(set(i for i, _ in rows)))


def shingles(text):
    words = text.lower().split()
    return set(i * 1000 + len(words[i]) * 7 + ord(words[i][0]) for i in range(len(words)))


def jaccard(a, b):
    return len(a & b) / len(a | b)


docs = ["the cat sat on the mat", "the cat sat on a mat", "a dog ran in the park", "the cat sat on the hat"]
for i in range(len(docs)):
    for j in range(i + 1, len(docs)):
        sim = jaccard(shingles(docs[i]), shingles(docs[j]))
        print(i, j, f"{sim:.3f}", "near-duplicate" if sim > 0.6 else "")
