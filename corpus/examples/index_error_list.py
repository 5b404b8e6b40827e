# Ends with IndexError: a ring buffer walks past the end of its list after printing its progress.

buffer = [0] * 5
head = 0
for value in [3, 1, 4, 1, 5, 9, 2, 6]:
    buffer[head % len(buffer)] = value
    head += 1
    print("write", value, "->", buffer)

window = buffer[1:4]
print("window:", window, "sum:", sum(window))
print("last item:", buffer[-1], "first item:", buffer[-len(buffer)])

moving = []
for i in range(len(buffer) - 2):
    moving.append((buffer[i] + buffer[i + 1] + buffer[i + 2]) / 3)
print("moving averages:", [round(m, 3) for m in moving])

stack = [10, 20, 30]
while stack:
    print("pop", stack.pop(), "left", stack)

print("slices never raise:", buffer[10:], buffer[-10:2], buffer[3:1])
offsets = [0, 2, 4, 6]
for k in offsets:
    print("offset", k, "holds", buffer[k])
print("not reached")
