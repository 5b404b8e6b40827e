# str.casefold(): CPython's full case folding, which differs from lower() on about 300 characters
# (sharp s, ligatures, final sigma, micro sign, Cherokee small letters), in caseless comparison.
words = ["Straße", "STRASSE", "ﬁsh", "FISH", "ΣΊΣΥΦΟΣ", "σίσυφος", "Σίσυφος", "µ", "μ", "ꭰꭱꭲ", "ᎠᎡᎢ", "İ", "i̇",
         "ǅungla", "ǆungla", "ŉ", "ſ", "ẞ", "ﬀ", "Ω", "ω", "K", "k", "Å", "å", "ꞵ", "𐐀", "𐐨"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.casefold()), w.casefold() == w.lower())
groups = {}
for w in words:
    groups.setdefault(w.casefold(), []).append(w)
for key in sorted(groups):
    print(repr(key), groups[key])
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold() == "σίσυφος".casefold())
print("".casefold() == "", "ASCII Only 123".casefold())
