# A recursive-descent parser for a JSON subset: errors carry the position, and the caller reports them.
class ParseError(ValueError):
    pass


def skip(text, i):
    while i < len(text) and text[i] in " \n\t":
        i += 1
    return i


def parse_value(text, i):
    i = skip(text, i)
    if i >= len(text):
        raise ParseError("unexpected end", i)
    c = text[i]
    if c == "{":
        return parse_object(text, i + 1)
    if c == "[":
        return parse_array(text, i + 1)
    if c == '"':
        end = text.find('"', i + 1)
        if end < 0:
            raise ParseError("unterminated string", i)
        return text[i + 1:end], end + 1
    j = i
    while j < len(text) and (text[j].isdigit() or text[j] in "-.eE+"):
        j += 1
    if j > i:
        token = text[i:j]
        try:
            return int(token), j
        except ValueError:
            try:
                return float(token), j
            except ValueError:
                raise ParseError(f"bad number {token!r}", i) from None
    for word, value in (("true", True), ("false", False), ("null", None)):
        if text.startswith(word, i):
            return value, i + len(word)
    raise ParseError(f"unexpected {c!r}", i)


def parse_array(text, i):
    items = []
    i = skip(text, i)
    if i < len(text) and text[i] == "]":
        return items, i + 1
    while True:
        value, i = parse_value(text, i)
        items.append(value)
        i = skip(text, i)
        if i < len(text) and text[i] == ",":
            i += 1
        elif i < len(text) and text[i] == "]":
            return items, i + 1
        else:
            raise ParseError("expected , or ]", i)


def parse_object(text, i):
    obj = {}
    i = skip(text, i)
    if i < len(text) and text[i] == "}":
        return obj, i + 1
    while True:
        key, i = parse_value(text, i)
        if not isinstance(key, str):
            raise ParseError("keys must be strings", i)
        i = skip(text, i)
        if i >= len(text) or text[i] != ":":
            raise ParseError("expected :", i)
        value, i = parse_value(text, i + 1)
        obj[key] = value
        i = skip(text, i)
        if i < len(text) and text[i] == ",":
            i += 1
        elif i < len(text) and text[i] == "}":
            return obj, i + 1
        else:
            raise ParseError("expected , or }", i)


def parse(text):
    value, i = parse_value(text, 0)
    if skip(text, i) != len(text):
        raise ParseError("trailing text", i)
    return value


DOCUMENTS = [
    '{"name": "widget", "sizes": [1, 2.5, -3], "ok": true, "tags": []}',
    '[1, 2, [3, [4, null]]]',
    '{"a": 1,}',
    '[1 2]',
    '{"n": 1.2.3}',
    '"open',
    '{1: 2}',
    '  42  ',
    '[true, false] x',
    '',
]
for doc in DOCUMENTS:
    try:
        print("ok   ", parse(doc))
    except ParseError as e:
        message, position = e.args
        print("error", f"{message} at {position}:", repr(doc[position:position + 5]))
