# Morse code: a dict for encoding, its inverse for decoding, word gaps, timing units and prefix counts.

CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
DECODE = {v: k for k, v in CODE.items()}


def encode(text):
    words = []
    for word in text.upper().split():
        words.append(" ".join(CODE[ch] for ch in word if ch in CODE))
    return " / ".join(words)


def decode(signal):
    return " ".join("".join(DECODE.get(sym, "?") for sym in word.split()) for word in signal.split(" / "))


def duration(signal):
    # dot 1, dash 3, gap inside a letter 1, between letters 3, between words 7
    units = 0
    for w, word in enumerate(signal.split(" / ")):
        if w:
            units += 7
        for l, letter in enumerate(word.split()):
            if l:
                units += 3
            units += sum(1 if s == "." else 3 for s in letter) + len(letter) - 1
    return units


for text in ["SOS", "Hello World", "Morse code 1844", "the quick brown fox"]:
    signal = encode(text)
    print(f"{text:<20} {signal}")
    print(f"{'':<20} back: {decode(signal)}  units: {duration(signal)}")

print("unknown symbols:", decode("... --- ...---... / .-.-.-"))
by_length = {}
for letter, code in CODE.items():
    by_length.setdefault(len(code), []).append(letter)
for n in sorted(by_length):
    print(n, "".join(by_length[n]))
dots = sorted(CODE, key=lambda k: (CODE[k].count("-") - CODE[k].count("."), k))
print("dottiest:", dots[:5], "dashiest:", dots[-5:])
prefixes = [k for k in CODE if any(CODE[j].startswith(CODE[k]) and j != k for j in CODE)]
print("codes that prefix others:", len(prefixes), "".join(sorted(prefixes)))
print("palindromic codes:", "".join(k for k in CODE if CODE[k] == CODE[k][::-1]))
