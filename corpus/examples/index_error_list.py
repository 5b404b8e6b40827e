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

print("rotations:", [buffer[k:] + buffer[:k] for k in range(0, 5, 2)])
print("reversed:", buffer[::-1], "evens:", buffer[::2], "odds:", buffer[1::2])
grid = [buffer[i:i + 2] for i in range(0, len(buffer), 2)]
print("pairs:", grid, "last pair is short:", len(grid[-1]))
stack = [10, 20, 30]
while stack:
    print("pop", stack.pop(), "left", stack)

print("slices never raise:", buffer[10:], buffer[-10:2], buffer[3:1])
offsets = [0, 2, 4, 6]
for k in offsets:
    print("offset", k, "holds", buffer[k])
print("not reached")
