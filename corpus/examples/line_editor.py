# A line editor: a list of lines edited by commands (insert, delete ranges, move, replace slices,
# reverse, undo with copies), printing the buffer after each step.

buffer = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
undo = []


def show(label):
    print(f"{label:<28}", " | ".join(buffer) if buffer else "(empty)")


def save():
    undo.append(buffer.copy())


show("start")
save()
buffer.insert(2, "bravo-2")
show("insert at 2")
save()
buffer.insert(0, "zulu")
buffer.append("golf")
show("insert first, append last")
save()
del buffer[1:3]
show("delete lines 1-2")
save()
line = buffer.pop(3)
buffer.insert(0, line)
show("move line 3 to top")
save()
buffer[1:3] = ["CHARLIE", "DELTA", "DELTA-2"]
show("replace 1-2 with three")
save()
buffer[::2] = [s.upper() for s in buffer[::2]]
show("uppercase every other")
save()
buffer.reverse()
show("reverse")
print("index of golf:", buffer.index("golf"), "count of DELTA:", buffer.count("DELTA"))
save()
buffer.remove("DELTA")
del buffer[-1]
show("remove DELTA, drop last")
save()
buffer.extend(["hotel", "india"])
buffer += ["juliet"]
show("extend")
save()
first, *middle, last = buffer
print("first:", first, "last:", last, "middle:", len(middle))
buffer[len(buffer):] = ["kilo"]
buffer[0:0] = ["header"]
show("slice-append and prepend")

print("undo stack depth:", len(undo))
while len(undo) > 8:
    buffer = undo.pop()
    show("undo")
copy = buffer.copy()
buffer.clear()
show("clear")
print("copy survives:", copy)
buffer = sorted(copy, key=lambda s: (len(s), s.lower()))
show("sorted by length")
numbered = [f"{i:>2}: {s}" for i, s in enumerate(buffer, 1)]
print("\n".join(numbered))
