# Run-length encoding of strings and lists: encode to pairs, compact text form, decode, round trips.


def encode(seq):
    runs = []
    for item in seq:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
        else:
            runs.append([item, 1])
    return [(item, n) for item, n in runs]


def to_text(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)


def from_text(text):
    out = []
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * (int(digits) if digits else 1))
            digits = ""
    return "".join(out)


def decode(runs):
    out = []
    for item, n in runs:
        out.extend([item] * n)
    return out


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aaabccddddde", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "aabbaabb"]
for s in samples:
    runs = encode(s)
    text = to_text(runs)
    back = from_text(text)
    ratio = len(text) / len(s) if s else 0.0
    print(f"{len(s):3} -> {len(text):3} {ratio:.2f} {repr(text)} {back == s}")

numbers = [0, 0, 0, 1, 1, 2, 2, 2, 2, 0, 5, 5, 5, 5, 5, 5, 1]
runs = encode(numbers)
print(runs)
print(decode(runs) == numbers)
print("longest run:", max(runs, key=lambda r: r[1]))


def look_and_say(s):
    return "".join(str(n) + ch for ch, n in encode(s))


term = "1"
for i in range(10):
    print(i, term)
    term = look_and_say(term)
print("length of term 10:", len(term))

bits = "".join("1" if (i * i) % 7 < 3 else "0" for i in range(60))
print(bits)
print([n for _, n in encode(bits)])
