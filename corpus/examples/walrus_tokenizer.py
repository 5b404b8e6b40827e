# A tokenizer and a small expression evaluator written around assignment expressions (:=):
# in while conditions, if conditions, comprehension filters and as a running total.

DIGITS = "0123456789"
OPERATORS = "+-*/()"


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        if (ch := text[pos]) == " ":
            pos += 1
        elif ch in DIGITS:
            start = pos
            while pos < len(text) and (d := text[pos]) in DIGITS + ".":
                pos += 1
            tokens.append(("num", text[start:pos]))
        elif ch.isalpha() or ch == "_":
            start = pos
            while (pos := pos + 1) < len(text) and (text[pos].isalnum() or text[pos] == "_"):
                pass
            tokens.append(("name", text[start:pos]))
        elif ch in OPERATORS:
            tokens.append(("op", ch))
            pos += 1
        else:
            tokens.append(("error", ch))
            pos += 1
    return tokens


def evaluate(tokens, env):
    # precedence climbing over the token list, with an index in a one-item list
    at = [0]
    return expression(tokens, at, env)


def peek(tokens, at):
    return tokens[at[0]] if at[0] < len(tokens) else ("end", "")


def expression(tokens, at, env):
    value = term(tokens, at, env)
    while (tok := peek(tokens, at))[1] in ("+", "-"):
        at[0] += 1
        rhs = term(tokens, at, env)
        value = value + rhs if tok[1] == "+" else value - rhs
    return value


def term(tokens, at, env):
    value = factor(tokens, at, env)
    while (tok := peek(tokens, at))[1] in ("*", "/"):
        at[0] += 1
        rhs = factor(tokens, at, env)
        value = value * rhs if tok[1] == "*" else value / rhs
    return value


def factor(tokens, at, env):
    kind, text = peek(tokens, at)
    at[0] += 1
    if kind == "num":
        return float(text) if "." in text else int(text)
    if kind == "name":
        return env.get(text, 0)
    if text == "(":
        inner = expression(tokens, at, env)
        at[0] += 1
        return inner
    if text == "-":
        return -factor(tokens, at, env)
    return 0


env = {"x": 4, "rate": 0.25, "n_items": 12}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 2 * x", "n_items * rate + 1.5", "-(x - 10) / 4", "2 $ 3", "abc_1 + 7"]:
    toks = tokenize(source)
    if errors := [t for t in toks if t[0] == "error"]:
        print(f"{source!r}: bad characters {[t[1] for t in errors]}")
        continue
    print(f"{source!r} -> {len(toks)} tokens -> {evaluate(toks, env)}")

# the comprehension's := binds in the enclosing (module) scope
words = "the quick brown fox jumps over the lazy dog".split()
long_words = [upper for w in words if len(upper := w.upper()) > 4]
print(long_words, upper)

# a running total
total = 0
partial = [total := total + len(w) for w in words]
print(partial, total)

# reading chunks until a sentinel
chunks = iter(["alpha", "beta", "", "gamma"])
while chunk := next(chunks):
    print("chunk", chunk)
print("stopped at", repr(chunk))

# := as an argument and inside and/or
if (n := len(words)) > 5 and (half := n // 2) > 2:
    print("n", n, "half", half)
print(max(best := [len(w) for w in words]), best)
