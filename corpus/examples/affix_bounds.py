# str.startswith and str.endswith with start and end: the bounds are adjusted as slice bounds,
# then an affix longer than what is left never matches, not even the empty one (start past the
# end, or end before start). Tuples of affixes, negative and huge bounds, None for a bound.

line = "GET /index.html HTTP/1.1"
print(line.startswith("/index", 4), line.startswith("/index", 3), line.endswith("HTTP", 0, -4))
print(line.startswith(("POST", "GET")), line.startswith(("x", "/"), 4, 10))
print(line.endswith((".html", ".htm"), 0, 15), line.endswith(".html", None, 15))

word = "abcdefg"
print(word.endswith("", 5, -3), word.startswith("", 5, -3), word.endswith("", 4, -3))
print(word.startswith("", 7), word.startswith("", 8), word.endswith("", 100))
print(word.startswith("", -100), word.endswith("", -2 ** 70, 2 ** 70), word.startswith("", 2 ** 70))
print(word.startswith(("", "zz"), 9), word.endswith(("zz", ""), 3, 3), word.endswith(("zz", ""), 4, 3))
print("".startswith(""), "".startswith("", 0), "".startswith("", 1), "".endswith("", -1, 0))

# A tiny tokenizer: which keyword starts at each position.
keywords = ("if", "in", "is", "for", "")
text = "for x in xs if x is y"
hits = []
for i in range(len(text) + 2):
    for k in keywords[:-1]:
        if text.startswith(k, i, i + len(k)):
            hits.append((i, k))
    if text.endswith(keywords[-1], i, i - 1):
        hits.append((i, "empty"))
print(hits)
