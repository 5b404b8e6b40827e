# isinstance() on nested, mixed data: a config tree of dicts, lists, tuples, numbers and strings is
# walked, summarised by kind, flattened into dotted paths and validated.

config = {
    "name": "service",
    "port": 8080,
    "ratio": 0.75,
    "debug": False,
    "hosts": ["alpha", "beta", ("gamma", 7)],
    "limits": {"cpu": 2, "memory": 512.5, "burst": [1, 2, 3], "labels": {"tier": "gold"}},
    "retries": None,
    "window": range(0, 60, 15),
}


def kind(value):
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "real"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, range):
        return "range"
    return "nothing" if value is None else "other"


def flatten(value, prefix, out):
    if isinstance(value, dict):
        for key in value:
            flatten(value[key], prefix + "." + key if prefix else key, out)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            flatten(item, prefix + "[" + str(i) + "]", out)
    else:
        out.append((prefix, value))
    return out


counts = {}
for path, leaf in flatten(config, "", []):
    k = kind(leaf)
    counts[k] = counts.get(k, 0) + 1
    print(f"{path:<20} {k:<9} {leaf!r}")
print("by kind:", sorted(counts.items()))

numbers = [leaf for _, leaf in flatten(config, "", []) if isinstance(leaf, (int, float)) and not isinstance(leaf, bool)]
print("numbers:", numbers, "total:", sum(numbers))
print("all objects:", all(isinstance(v, object) for v in config.values()))
print("static answers:", isinstance(3, int), isinstance(3, float), isinstance(True, int), isinstance("x", (int, str)),
      isinstance([1], tuple), isinstance((1,), tuple), isinstance({}, dict), isinstance(set(), set))

problems = []
for key, value in config.items():
    if key in ("port", "retries") and not isinstance(value, int):
        problems.append(key + " should be an integer, got " + kind(value))
print("problems:", problems)
