# Nested handlers: bare raise, tuples of classes, the hierarchy, and handlers that raise.
def risky(kind):
    if kind == "index":
        return [1, 2, 3][10]
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "zero":
        return 1 // 0
    if kind == "value":
        return int("twelve")
    if kind == "type":
        return "a" + 1
    return "fine"


def classify(kind):
    try:
        try:
            return risky(kind)
        except LookupError as e:
            print("  lookup problem:", repr(e))
            raise
        except ZeroDivisionError:
            print("  arithmetic, converting")
            raise ValueError("converted from division")
    except (IndexError, KeyError) as e:
        return "lookup " + type_name(e)
    except ValueError as e:
        return "value: " + str(e)
    except Exception as e:
        return "other: " + str(e)


def type_name(e):
    if isinstance_key(e):
        return "KeyError"
    return "IndexError"


def isinstance_key(e):
    try:
        raise e
    except KeyError:
        return True
    except IndexError:
        return False


for kind in ["index", "key", "zero", "value", "type", "none"]:
    print(kind, "=>", classify(kind))
