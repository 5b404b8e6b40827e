# Non-ASCII text: literals, concatenation, and f-string padding that counts code points, not bytes.

name = "Zoë"
city = "Kraków"
greek = "αβγ"
emoji = "🐍"
print(name, city, greek, emoji, sep=" · ")
print(f"[{name:>6}] [{city:<9}] [{greek:^7}] [{emoji:*^5}]")
print(f"{name!r} {emoji!r} {'é'!r} {city!s:>8}")
line = ""
for i in range(5):
    line = line + greek + str(i)
print(line)
print("naïve café " + str(3.5) + " €", end=" ✓\n")
print(f"{'→':>3}{1:>3}{'←':<3}|", f"{'日本':>6}|", f"{'ü':0>4}")
