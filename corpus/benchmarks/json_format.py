# JSON-like serialisation of nested dicts and lists, written by hand: string building and escaping.
# category: strings


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dump(value, indent, out):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        out.append("{\n")
        first = True
        for key in sorted(value.keys()):
            if not first:
                out.append(",\n")
            first = False
            out.append(pad + "  " + escape(key) + ": ")
            dump(value[key], indent + 1, out)
        out.append("\n" + pad + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        out.append("[")
        for i, item in enumerate(value):
            if i > 0:
                out.append(", ")
            dump(item, indent + 1, out)
        out.append("]")
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(f"{value:.3f}")
    elif value is None:
        out.append("null")
    else:
        out.append(escape(value))


def make_record(i):
    return {
        "id": i,
        "name": f"user \"{i}\"\nline two",
        "active": i % 3 == 0,
        "score": i * 1.25 + 0.5,
        "tags": [f"t{i % 7}", f"g{i % 5}", "x\\y"],
        "address": {"street": f"{i} Main St", "zip": 10000 + i % 900, "geo": [i % 90, -(i % 180)]},
        "manager": None if i % 4 else {"id": i // 4, "level": i % 6},
    }


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 4294967296
    return h


def main():
    total_length = 0
    total_hash = 0
    for batch in range(12):
        records = [make_record(batch * 1000 + i) for i in range(500)]
        out = []
        dump({"batch": batch, "records": records, "empty": {}, "none": []}, 0, out)
        text = "".join(out)
        total_length += len(text)
        total_hash = (total_hash + checksum(text)) % 4294967296
        if batch == 0:
            print(text[:160])
    print(f"characters: {total_length}")
    print(f"checksum: {total_hash}")


main()
