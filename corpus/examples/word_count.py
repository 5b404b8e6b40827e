# Word frequencies: normalizing a paragraph, counting with a dict, ranking with multi-key sorts.

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
does not sleep. A quick fox is a happy fox, and a lazy dog is a happy dog too!
Foxes and dogs: who is quicker? The fox, of course -- the fox is always quicker."""


def normalize(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha():
            out += ch
    return out


def count_words(text):
    counts = {}
    for raw in text.split():
        word = normalize(raw)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


lines = TEXT.splitlines()
print("lines:", len(lines))
for number, line in enumerate(lines, 1):
    print(number, len(line.split()), "words,", len(line), "chars")

counts = count_words(TEXT)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
print("first five seen:", list(counts)[:5])

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top ten:")
for word, n in ranked[:10]:
    print(f"  {word:<8}{n:>3} {'#' * n}")

singles = sorted(w for w, n in counts.items() if n == 1)
print("used once:", ", ".join(singles))

by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = {}
for word, n in counts.items():
    for ch in word:
        letters[ch] = letters.get(ch, 0) + n
common = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
print("commonest letters:", common)
print("vowel share: %.3f" % (sum(letters.get(v, 0) for v in "aeiou") / sum(letters.values())))
