# Text wrapping: greedy line filling, full justification, centring and a boxed paragraph.

PARAGRAPH = ("Waspy compiles a small, typed corner of Python to WebAssembly. Every program in "
             "the corpus prints what CPython prints, byte for byte, and the tests compare the two "
             "outputs line by line so that a wrong step is easy to see.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, word in enumerate(words[:-1]):
        out += word + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in [60, 40, 25]:
    lines = wrap(PARAGRAPH, width)
    print(f"width {width}: {len(lines)} lines, longest {max(len(l) for l in lines)}")
    for line in lines:
        print("|" + line.ljust(width) + "|")
    print()

lines = wrap(PARAGRAPH, 32)
print("justified:")
for line in lines[:-1]:
    print("|" + justify(line, 32) + "|")
print("|" + lines[-1].ljust(32) + "|")

print("centred:")
for line in wrap("a short poem about nothing in particular at all", 18):
    print("[" + line.center(20) + "]")
    print("[" + line.rjust(20, ".") + "]")

box = wrap("Boxes are drawn with plus signs, dashes and bars around the text.", 20)
inner = max(len(l) for l in box)
print("+" + "-" * (inner + 2) + "+")
for line in box:
    print("| " + line.ljust(inner) + " |")
print("+" + "-" * (inner + 2) + "+")

indented = ["    " + l for l in wrap(PARAGRAPH, 50)]
print("\n".join(indented[:3]))
print(repr(" ".join(PARAGRAPH.split()[:6]).title()))
