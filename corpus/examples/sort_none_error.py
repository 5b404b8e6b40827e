# Ends with TypeError: a report sorts survey answers where one score is missing (None), after
# printing summaries that handle the gap explicitly.

answers = [("ann", 4), ("bob", 5), ("cy", None), ("dee", 3), ("eve", 5), ("fay", 2)]

given = [score for _, score in answers if score is not None]
print("answers:", len(answers), "with a score:", len(given))
print("mean of given scores: %.3f" % (sum(given) / len(given)))
print("missing:", [name for name, score in answers if score is None])
counts = {}
for _, score in answers:
    key = "n/a" if score is None else str(score)
    counts[key] = counts.get(key, 0) + 1
print("histogram:", sorted(counts.items()))
filled = [(name, score if score is not None else 0) for name, score in answers]
print("with zeros:", sorted(filled, key=lambda p: (-p[1], p[0])))
print("names sorted:", sorted(name for name, _ in answers))
best = max(given)
print("best score:", best, "by", [name for name, score in answers if score == best])
print("comparisons with None work for ==:", None == None, answers[2][1] == 0, answers[2][1] != 3)

ordered = sorted(given)
middle = len(ordered) // 2
print("median:", ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2)
promoters = [name for name, score in answers if score is not None and score >= 4]
detractors = [name for name, score in answers if score is not None and score <= 2]
print("promoters", promoters, "detractors", detractors)
print("net score: %+.1f%%" % (100 * (len(promoters) - len(detractors)) / len(given)))
report = ["%-4s %s" % (name, "-" if score is None else "*" * score) for name, score in answers]
print("\n".join(report))

by_score = sorted(answers, key=lambda p: p[1])
print("not reached", by_score)
