# Ends with IndexError: a text editor records undo snapshots in a list, replays edits, undoes them and
# pops once more than the stack holds.

text = ""
undo = []
redo = []
edits = [("insert", "Hello", 0), ("insert", ", world", 0), ("delete", "", 7), ("insert", " there", 0),
         ("insert", "!", 0), ("upper", "", 0), ("replace", "again", 0)]
for kind, piece, count in edits:
    undo.append(text)
    if kind == "insert":
        text = text + piece
    elif kind == "delete":
        text = text[:-count]
    elif kind == "upper":
        text = text.upper()
    else:
        text = text.replace("THERE", piece)
    print(f"{kind:<7} -> {repr(text):<20} undo depth {len(undo)}")

print("sizes of snapshots:", [len(s) for s in undo])
print("longest snapshot:", repr(max(undo, key=len)))
print("words now:", text.split(), "title:", text.title())

print("undo twice, redo once:")
for i in range(2):
    redo.append(text)
    text = undo.pop()
    print("  undo ->", repr(text))
undo.append(text)
text = redo.pop()
print("  redo ->", repr(text), "stacks", len(undo), len(redo))

print("undoing everything:")
for i in range(len(edits) + 1):
    text = undo.pop()
    print(" ", i, repr(text), len(undo))
print("not reached")
