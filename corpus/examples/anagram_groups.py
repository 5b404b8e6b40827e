# Anagram groups: a dict keyed by sorted letters, letter-count signatures and sorted output.

WORDS = """listen silent enlist inlets tinsel google elgoog banana stone tones notes
onset seton angle glean angel evil vile live veil tea eat ate eta heart earth hater
apple paple cat act tac dog god odg race care acre""".split()


def key_of(word):
    return "".join(sorted(word))


def signature(word):
    counts = [0] * 26
    for ch in word:
        counts[ord(ch) - ord("a")] += 1
    return tuple(counts)


print("words:", len(WORDS))
groups = {}
for word in WORDS:
    groups.setdefault(key_of(word), []).append(word)
print("groups:", len(groups))

ordered = sorted(groups.values(), key=lambda g: (-len(g), sorted(g)[0]))
for g in ordered:
    print(len(g), " ".join(sorted(g)))

same = {}
for word in WORDS:
    same.setdefault(signature(word), []).append(word)
print("signature grouping agrees:", sorted(sorted(g) for g in same.values()) == sorted(sorted(g) for g in groups.values()))

singletons = sorted(w for g in groups.values() if len(g) == 1 for w in g)
print("no partner:", singletons)


def is_anagram(a, b):
    a = a.replace(" ", "").lower()
    b = b.replace(" ", "").lower()
    return len(a) == len(b) and sorted(a) == sorted(b)


pairs = [("Dormitory", "dirty room"), ("The eyes", "They see"), ("Astronomer", "Moon starer"),
         ("Hello", "World"), ("Conversation", "Voices rant on"), ("abc", "abcd")]
for a, b in pairs:
    print(f"{repr(a):>14} ~ {repr(b):<16} {is_anagram(a, b)}")

biggest = max(groups.values(), key=len)
print("largest group:", sorted(biggest))
print("sig of 'banana':", [(chr(ord('a') + i), n) for i, n in enumerate(signature("banana")) if n])
