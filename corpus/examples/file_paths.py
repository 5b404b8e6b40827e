# File paths as strings: splitting with rsplit and partition, extensions, normalising '..' segments,
# grouping by directory and formatting sizes.

FILES = [
    ("/home/ann/docs/report.final.pdf", 482133),
    ("/home/ann/docs/notes.txt", 2048),
    ("/home/ann/music/../docs/draft.TXT", 10240),
    ("/home/bob/src/main.py", 7311),
    ("/home/bob/src/util/helpers.py", 1523),
    ("/home/bob/src/./util/README", 640),
    ("/var/log/syslog.1", 1048576),
    ("/var/log/syslog", 20480),
    ("relative/path/image.jpeg", 3500000),
]


def normalise(path):
    absolute = path.startswith("/")
    parts = []
    for seg in path.split("/"):
        if seg == "" or seg == ".":
            continue
        if seg == "..":
            if parts:
                parts.pop()
        else:
            parts.append(seg)
    return ("/" if absolute else "") + "/".join(parts)


def extension(path):
    name = path.rsplit("/", 1)[-1]
    if "." not in name.lstrip("."):
        return ""
    return name.rsplit(".", 1)[1].lower()


def human(size):
    units = ["B", "KB", "MB", "GB"]
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return f"{value:.1f} {units[unit]}" if unit else f"{size} B"


by_dir = {}
by_ext = {}
for raw, size in FILES:
    path = normalise(raw)
    directory, name = path.rsplit("/", 1)
    ext = extension(path)
    by_dir.setdefault(directory, []).append((name, size))
    by_ext[ext] = by_ext.get(ext, 0) + size
    print(f"{raw:<36} -> {path:<32} ext={ext or '-':<5} {human(size):>9}")

print()
for directory in sorted(by_dir):
    entries = by_dir[directory]
    total = sum(s for _, s in entries)
    print(f"{directory} ({len(entries)} files, {human(total)})")
    for name, size in sorted(entries):
        print("   ", name.ljust(20, "."), str(size).rjust(8))

print("bytes by extension:", sorted(by_ext.items(), key=lambda kv: -kv[1]))
print("depths:", [normalise(p).count("/") for p, _ in FILES])
print("python files:", [normalise(p) for p, _ in FILES if p.endswith(".py")])
stem, sep, ext = "archive.tar.gz".partition(".")
print("partition:", stem, sep, ext, "| rsplit:", "archive.tar.gz".rsplit(".", 1), "| split max 1:", "a/b/c/d".split("/", 1))
print("common prefix of bob's files:", normalise(FILES[3][0])[:len("/home/bob/src")] == "/home/bob/src")
