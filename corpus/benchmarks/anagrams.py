# Anagram classes among generated words: sorting characters, joining strings, dicts of lists, sets.
# category: strings


def make_words(count, seed):
    letters = "aeilnorst"
    state = seed
    words = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 3 + (state >> 16) % 4
        word = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            word += letters[(state >> 16) % len(letters)]
        words.append(word)
    return words


def main():
    words = make_words(150000, 11)
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        if key in groups:
            groups[key].add(w)
        else:
            groups[key] = {w}
    sizes = [len(g) for g in groups.values()]
    biggest = max(sizes)
    keys = sorted([k for k in groups if len(groups[k]) == biggest])
    print(f"words: {len(words)}, classes: {len(groups)}, largest class: {biggest}")
    first = keys[0]
    print(f"{first}: " + " ".join(sorted(groups[first])[:8]))
    print(f"classes of size 1: {sizes.count(1)}")


main()
