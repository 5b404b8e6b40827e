# Word frequencies over generated text: string splitting, dict updates, sorting by count.
# category: strings


SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el", "or", "ta"]


def make_text(words, seed):
    state = seed
    parts = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        word = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            word += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        parts.append(word)
        if (state >> 8) % 11 == 0:
            parts.append("\n")
    return " ".join(parts)


def main():
    text = make_text(360000, 7)
    counts = {}
    lines = 0
    for line in text.split("\n"):
        lines += 1
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"lines: {lines}, distinct words: {len(counts)}")
    for word, n in ranked[:10]:
        print(f"{word:>8} {n}")
    longest = max(counts.keys(), key=lambda w: (len(w), w))
    print(f"longest word: {longest}")


main()
