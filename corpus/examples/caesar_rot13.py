# Caesar ciphers: shifting letters with ord/chr, rot13 as its own inverse, brute-force decoding.

COMMON = ["the", "and", "is", "of", "to", "in", "that", "it"]


def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    return "".join([shift_char(ch, k) for ch in text])


def rot13(text):
    return caesar(text, 13)


def score(text):
    words = text.lower().split()
    return sum(1 for w in words if w.strip(".,!?") in COMMON)


message = "Meet me in the garden at Midnight, and bring the map!"
for k in [1, 3, 13, 25, -4]:
    print(k, caesar(message, k))

secret = rot13(message)
print("rot13:", secret)
print("rot13 twice gives back:", rot13(secret) == message)

cipher = caesar("It is the secret of the old tower that the key is in the well.", 17)
print("cipher:", cipher)
results = []
for k in range(26):
    candidate = caesar(cipher, -k)
    results.append((score(candidate), k, candidate))
results.sort(reverse=True)
for s, k, text in results[:3]:
    print("shift", k, "score", s, "->", text)

freq = {}
for ch in cipher.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print("cipher letter counts:", top)
guess = (ord(top[0][0]) - ord("e")) % 26
print("guess from the commonest letter:", guess)

table = {}
for i in range(26):
    table[chr(ord("a") + i)] = chr(ord("a") + (i * 7 + 3) % 26)
affine = "".join(table.get(ch, ch) for ch in "attack at dawn")
print("affine:", affine)
inverse = {v: k for k, v in table.items()}
print("decoded:", "".join(inverse.get(ch, ch) for ch in affine))
