# A grade book: scores per student in dicts of lists, weighted averages, letter grades and rankings.

WEIGHTS = {"homework": 0.25, "midterm": 0.30, "final": 0.45}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

raw = """ana homework 92 88 95 100
ana midterm 85
ana final 91
ben homework 70 65 80 0
ben midterm 72
ben final 68
cai homework 100 100 98 97
cai midterm 94
cai final 99
dee homework 55 60 70 65
dee midterm 58
dee final 61
eli homework 88 90 85 79
eli midterm 91
eli final 83"""

book = {}
for line in raw.splitlines():
    name, category, *scores = line.split()
    book.setdefault(name, {})[category] = [int(s) for s in scores]
print("students:", list(book))


def average(xs):
    return sum(xs) / len(xs)


def letter(score):
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "?"


results = []
for name, cats in book.items():
    hw = cats["homework"]
    dropped = sorted(hw)[1:]
    parts = {"homework": average(dropped), "midterm": average(cats["midterm"]), "final": average(cats["final"])}
    total = sum(WEIGHTS[c] * parts[c] for c in WEIGHTS)
    results.append((name, round(total, 2), letter(total)))
    print(f"{name}: hw {parts['homework']:6.2f} (dropped {min(hw)}) mid {parts['midterm']:5.1f} "
          f"final {parts['final']:5.1f} -> {total:6.2f} {letter(total)}")

ranked = sorted(results, key=lambda r: r[1], reverse=True)
for place, (name, total, grade) in enumerate(ranked, 1):
    print(place, name, total, grade)

distribution = {}
for _, _, grade in results:
    distribution[grade] = distribution.get(grade, 0) + 1
for _, grade in CUTOFFS:
    print(grade, "*" * distribution.get(grade, 0))

finals = [book[n]["final"][0] for n in book]
mean = average(finals)
var = sum((x - mean) ** 2 for x in finals) / len(finals)
print("final exam mean %.2f variance %.2f" % (mean, var))
improved = [n for n in book if book[n]["final"][0] > book[n]["midterm"][0]]
print("improved after midterm:", improved)
print("perfect homework:", [(n, book[n]["homework"].count(100)) for n in book if 100 in book[n]["homework"]])
