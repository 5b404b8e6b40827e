# Edge cases of str methods: split with and without a separator, maxsplit, strip with character sets,
# splitlines with mixed line endings, find and count with bounds, replace with a count, centring
# parity, zfill with signs, title and capitalize, and the is* predicates (ASCII text only).

samples = ["  a  b   c ", "a,b,,c,", "", "   ", "one"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","), s.split(None, 1), s.rsplit(None, 1))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a--b".split("--"), "xaxbx".split("x"))
print(repr("\t pad \n".strip()), repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")),
      repr("  left".lstrip()), repr("right..!".rstrip(".!")), repr("www.example.com".lstrip("w.")))
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines(), "trailing\n".splitlines(), "".splitlines(), "a\n\nb\n".splitlines())
print("a\n\nb\n".split("\n"))

hay = "the cat sat on the mat with the hat"
print(hay.find("the"), hay.find("the", 1), hay.find("the", 5, 20), hay.rfind("the"), hay.rfind("the", 0, 20),
      hay.find("dog"), hay.count("the"), hay.count("at"), hay.count(""), hay.index("mat"))
print(hay.replace("the", "a"), "|", hay.replace("the", "a", 2), "|", "aaaa".replace("aa", "b"))
print(hay.startswith("the"), hay.startswith("cat", 4), hay.endswith("hat"), hay.endswith("at", 0, 7))
print(hay.partition(" on "), hay.partition("zzz"), "k=v=w".partition("="))

for word in ["ab", "abc", "abcd"]:
    print("[" + word.center(7) + "]", "[" + word.center(8, "*") + "]", "[" + word.ljust(6, ".") + "]",
          "[" + word.rjust(6) + "]")
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "abc".zfill(5), "12345678".zfill(4))
print("hello world".title(), "they're bill's 2nd-best".title(), "HELLO wORLD".capitalize())
print("mixed Case 123".upper(), "MiXeD 42".lower(), "x".upper() * 3)

for s in ["123", "12.5", "-7", "", "abc", "abc123", "   ", " \t\n", "a b", "ABC", "_x"]:
    print(f"{repr(s):>12}", s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
words = "  Several   spaces\tand\ttabs  ".split()
print(words, " ".join(words), "-".join(reversed(words)), "".join(w[0] for w in words).upper())
print("%s has %d chars, %5.1f%% vowels" % (hay[:7], len(hay), 100 * sum(1 for ch in hay if ch in "aeiou") / len(hay)))
