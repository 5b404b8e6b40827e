# Bracket matching with a list as a stack: balance checks, error positions, nesting depth, repairs.

PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = "([{<"


def check(text):
    stack = []
    for pos, ch in enumerate(text):
        if ch in OPENERS:
            stack.append((ch, pos))
        elif ch in PAIRS:
            if not stack:
                return "unexpected " + ch + " at " + str(pos)
            top, where = stack.pop()
            if top != PAIRS[ch]:
                return f"{ch} at {pos} closes {top} from {where}"
    if stack:
        return "unclosed " + "".join(ch for ch, _ in stack)
    return "ok"


def max_depth(text):
    depth = best = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
            best = max(best, depth)
        elif ch in PAIRS:
            depth -= 1
    return best


def complete(text):
    stack = []
    for ch in text:
        if ch in OPENERS:
            stack.append(ch)
        elif ch in PAIRS and stack and stack[-1] == PAIRS[ch]:
            stack.pop()
    closing = {v: k for k, v in PAIRS.items()}
    return text + "".join(closing[ch] for ch in reversed(stack))


samples = ["(a + b) * [c - {d / e}]", "((())", "{[()()]}<>", "(]", "x = f(a[1], {b: (2, 3)})",
           "]", "<<{[(", "if (a[i] > b[j]) { swap(a, b); }", ""]
for s in samples:
    print(f"{s:<36} {check(s):<28} depth {max_depth(s)}")

print("completions:")
for s in ["<<{[(", "((())", "f(a[1", "{\"k\": [1, 2"]:
    fixed = complete(s)
    print(" ", repr(s), "->", repr(fixed), check(fixed))

scores = {")": 3, "]": 57, "}": 1197, ">": 25137}
lines = ["{([(<{}[<>[]}>{[]{[(<()>", "[[<[([]))<([[{}[[()]]]", "[{[{({}]{}}([{[{{{}}([]", "<{([([[(<>()){}]>(<<{{"]
total = 0
for line in lines:
    result = check(line)
    print(result)
    if result[0] in scores:
        total += scores[result[0]]
print("syntax score:", total)
