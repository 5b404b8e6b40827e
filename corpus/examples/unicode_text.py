# Non-ASCII text through str methods: case mapping beyond ASCII (including ß and final forms), digit
# and letter predicates from the Unicode database, code points with ord/chr, and padding by code point.

words = ["café", "naïve", "Straße", "ÉCOLE", "Ωμέγα", "привет", "日本語", "ﬁne", "İstanbul"]
for w in words:
    print(f"{w:<10}|{len(w):>2} {w.upper():<10} {w.lower():<10} {w.title():<10} {w.capitalize()}")

print("ß".upper(), "ẞ".lower(), "Σ".lower(), "ΌΣΟΣ".lower(), "ǅ".upper(), "ǅ".lower(), "ǆ".title())
for s in ["٣", "²", "Ⅷ", "½", "१२३", "๓", "abc", "ÄÖÜ", "日本", "\u00a0", "\u2003", "x\u0301"]:
    print(repr(s), len(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
print("int of non-ASCII digits:", int("١٢٣"), int("१२३") + 1, int(" ٣ "))

text = "Grüße aus Köln — 20°C, naïve café"
print([ord(ch) for ch in text[:6]], "".join(chr(ord(ch) + 1) if ch.isalpha() else ch for ch in "Köln"))
print(text.split(), text.replace("ü", "ue").replace("ö", "oe").replace("ß", "ss"))
print(text.find("Köln"), text.count("ï"), text.index("—"), text[::-1])
print(sorted(set(text.lower()) - set("abcdefghijklmnopqrstuvwxyz ,")))
for w in ["日本", "é", "e\u0301"]:
    print("[" + w.center(6, "·") + "]", "[" + w.ljust(4) + "]", len(w))
counts = {}
for ch in "ααβγγγ":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=lambda c: counts[c]), sorted("βαγ"), "α" < "β" < "ω", chr(955), hex(ord("λ")))
print([c for c in "a€b" if ord(c) > 127], [hex(ord(c)) for c in "a€b"])

PLAIN = {"á": "a", "à": "a", "â": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ï": "i",
         "ó": "o", "ô": "o", "ö": "o", "ú": "u", "ü": "u", "ç": "c", "ñ": "n", "ß": "ss"}


def plain(word):
    return "".join(PLAIN.get(ch, ch) for ch in word.lower())


names = ["Zoë", "Åsa", "Ángel", "Çelik", "Émile", "Ölund", "Ñandú", "Yusuf", "Øystein", "Ümit"]
print("code point order:", sorted(names))
print("transliterated order:", sorted(names, key=plain))
print("transliterated:", [plain(n) for n in names])
initials = {}
for n in names:
    initials.setdefault(plain(n)[0], []).append(n)
print("by plain initial:", dict(sorted(initials.items())))
print("widths:", [(n, len(n), len(plain(n))) for n in names if len(n) != len(plain(n))])
