# random.seed of a str: CPython seeds from the int of its UTF-8 bytes followed by their SHA-512
# digest; strs around SHA-512's 128-byte block boundary, non-ASCII text, a seeded word game.
import random

for s in ["", "a", "hello", "x" * 111, "y" * 112, "z" * 200, "é中😀", "seed me please " * 20]:
    random.seed(s)
    print(repr(s[:20]), random.random(), random.randrange(10**20), random.getrandbits(70))

random.seed("anagrams")
words = ["listen", "python", "random", "module", "seeded"]
for w in words:
    letters = list(w)
    random.shuffle(letters)
    print(w, "->", "".join(letters))
print(random.sample(words, 3), random.choice(words))
