# A program-defined exception escaping the module: its name (no module prefix) and message end stderr.
class ConfigError(ValueError):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"setting {key!r} is required") from None


settings = {"host": "localhost"}
print(load(settings, "host"))
try:
    load(settings, "port")
except ValueError as e:
    print("as a ValueError:", e)
print(load(settings, "user"))
