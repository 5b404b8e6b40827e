ñame = 1
日本 = 2
ﬁle = 3
x = ñame + 日本 + file  # ﬁ normalizes to fi
s = "ñ"; t = f"{ñame}é{日本}"
