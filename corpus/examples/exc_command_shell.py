# A tiny command shell over a key-value store: match dispatches, exceptions report bad commands.
class ShellError(Exception):
    pass


class UnknownCommand(ShellError):
    pass


store = {}
history = []


def run(line):
    words = line.split()
    match words:
        case ["set", key, value]:
            try:
                store[key] = int(value)
            except ValueError:
                store[key] = value
            return f"{key} set"
        case ["get", key]:
            return f"{key} = {store[key]!r}"
        case ["del", key]:
            del store[key]
            return f"{key} deleted"
        case ["add", key, amount]:
            if (current := store.get(key)) is None:
                raise ShellError(f"no value for {key}")
            store[key] = current + int(amount)
            return f"{key} = {store[key]}"
        case ["div", key, by]:
            store[key] = store[key] // int(by)
            return f"{key} = {store[key]}"
        case []:
            raise ShellError("empty command")
        case [name, *_]:
            raise UnknownCommand(name)


SCRIPT = [
    "set apples 10",
    "set name pie",
    "get apples",
    "add apples 5",
    "add pears 1",
    "div apples 0",
    "div apples 4",
    "add name 1",
    "get plums",
    "frobnicate now",
    "",
    "del name",
    "del name",
    "add apples x",
]
for line in SCRIPT:
    try:
        result = run(line)
        history.append(line)
    except UnknownCommand as e:
        result = f"unknown command {e}"
    except ShellError as e:
        result = f"error: {e}"
    except KeyError as e:
        result = f"no such key {e}"
    except (ZeroDivisionError, ValueError, TypeError) as e:
        result = f"{type(e).__name__}: {e}"
    print(f"{line!r:20} -> {result}")
print(store, len(history))
