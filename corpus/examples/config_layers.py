# Layered configuration: defaults, a file layer and command-line overrides merged with dict copy, update,
# setdefault, pop, popitem and clear; every step prints the effective settings.

defaults = {"host": "localhost", "port": "8080", "debug": "false", "workers": "4", "log": "info"}
file_layer = {"port": "9000", "log": "warning", "timeout": "30"}
cli_args = ["--debug=true", "--workers=8", "--color", "--log=", "--port=9090"]


def parse_args(args):
    out = {}
    for arg in args:
        if not arg.startswith("--"):
            continue
        key, sep, value = arg[2:].partition("=")
        if not sep:
            value = "true"
        if value:
            out[key] = value
    return out


effective = defaults.copy()
print("defaults:", effective)
effective.update(file_layer)
print("after file:", effective)
overrides = parse_args(cli_args)
print("overrides:", overrides)
effective.update(overrides)
print("after cli:", effective)
print("defaults untouched:", defaults)

origin = {}
for layer_name, layer in [("default", defaults), ("file", file_layer), ("cli", overrides)]:
    for key in layer:
        origin[key] = layer_name
for key in sorted(effective):
    print(f"  {key:<8} = {effective[key]:<10} ({origin[key]})")

effective.setdefault("retries", "3")
effective.setdefault("port", "1")
print("with setdefault:", effective["retries"], effective["port"])

port = int(effective.pop("port"))
debug = effective.pop("debug") == "true"
missing = effective.pop("proxy", "none")
print("typed:", port, debug, missing, "remaining keys:", sorted(effective))

numbers = {k: int(v) for k, v in effective.items() if v.isdigit()}
print("numeric settings:", numbers, "sum:", sum(numbers.values()))

history = []
while effective:
    history.append(effective.popitem())
print("popped newest first:", history)
snapshot = dict(history)
snapshot.clear()
print("cleared:", snapshot, len(snapshot), "copy of defaults still has", len(defaults), "keys")
merged = dict(defaults)
merged.update({"host": "example.org"})
print(merged == defaults, merged["host"], defaults["host"])
