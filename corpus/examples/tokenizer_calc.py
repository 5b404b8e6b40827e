# Arithmetic expressions: tokenizing a string, shunting-yard to postfix, evaluating with a list stack.

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(text[i:j])
            i = j
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            tokens.append("?" + ch)
            i += 1
    return tokens


def to_postfix(tokens):
    out = []
    ops = []
    for tok in tokens:
        if tok[0].isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while (ops and ops[-1] != "(" and
                   (PRECEDENCE[ops[-1]] > PRECEDENCE[tok] or
                    (PRECEDENCE[ops[-1]] == PRECEDENCE[tok] and tok != "^"))):
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return out


def evaluate(postfix):
    stack = []
    for tok in postfix:
        if tok[0].isdigit():
            stack.append(float(tok) if "." in tok else int(tok))
            continue
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        elif tok == "/":
            stack.append(a / b)
        elif tok == "%":
            stack.append(a % b)
        else:
            stack.append(a ** b)
    return stack[0]


expressions = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 8 - 2.5", "17 % 5 * (3 + 4)",
               "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))", "2 ^ 100", "3.5 * 2 + 0.25", "10 - 4 - 3"]
for text in expressions:
    tokens = tokenize(text)
    postfix = to_postfix(tokens)
    print(f"{text:<44} tokens={len(tokens):<3} postfix={' '.join(postfix)}")
    print(" " * 44, "=", evaluate(postfix))

print(tokenize("12.5*(x+3)"))
counts = {}
for text in expressions:
    for tok in tokenize(text):
        if not tok[0].isdigit():
            counts[tok] = counts.get(tok, 0) + 1
print(sorted(counts.items()))
