# Ends with IndexError: an undo stack is popped once more than it holds after replaying edits.

text = ""
undo = []
edits = [("insert", "Hello"), ("insert", ", world"), ("delete", 7), ("insert", " there"), ("insert", "!")]
for kind, arg in edits:
    undo.append(text)
    if kind == "insert":
        text = text + arg
    else:
        text = text[:-arg]
    print(f"{kind:<7} -> {repr(text):<20} undo depth {len(undo)}")

print("undoing:")
for i in range(len(edits) + 1):
    text = undo.pop()
    print(" ", i, repr(text), len(undo))
print("not reached")
