# A module-level name bound only on a branch that did not run is undefined when read.

total = 0
for i in range(5):
    total += i
    if total > 100:
        overflow = total
print("total", total)
print("overflow", overflow)
