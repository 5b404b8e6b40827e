# Levenshtein distance by dynamic programming over many string pairs: string indexing, list rows.
# category: strings


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            cost = 0 if ca == b[j - 1] else 1
            best = previous[j] + 1
            if current[j - 1] + 1 < best:
                best = current[j - 1] + 1
            if previous[j - 1] + cost < best:
                best = previous[j - 1] + cost
            current[j] = best
        previous = current
    return previous[len(b)]


def make_words(count, seed):
    alphabet = "acgt"
    state = seed
    words = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 20 + (state >> 16) % 30
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            chars.append(alphabet[(state >> 16) % 4])
        words.append("".join(chars))
    return words


def main():
    words = make_words(70, 3)
    total = 0
    closest = 1000
    pair = ""
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            d = distance(words[i], words[j])
            total += d
            if d < closest:
                closest = d
                pair = f"{i}-{j}"
    print(f"sum of distances: {total}")
    print(f"closest pair: {pair} at distance {closest}")


main()
