# Ends with KeyError from set.remove: a theatre books seats from a set of free seat numbers, shows the
# seating plan after each booking, and fails when a seat is booked a second time.

ROWS, PER_ROW = 4, 5
free = set(range(1, ROWS * PER_ROW + 1))
print("free seats:", free)


def plan():
    lines = []
    for r in range(ROWS):
        first = r * PER_ROW + 1
        lines.append("ABCD"[r] + " " + "".join("." if s in free else "#" for s in range(first, first + PER_ROW)))
    return lines


def best_block(size):
    # The lowest-numbered run of `size` free seats inside one row, or an empty list.
    for r in range(ROWS):
        row = list(range(r * PER_ROW + 1, (r + 1) * PER_ROW + 1))
        for start in range(PER_ROW - size + 1):
            block = row[start:start + size]
            if all(s in free for s in block):
                return block
    return []


bookings = [("ann", [3, 4]), ("bob", [10]), ("cy", [11, 12, 13]), ("dee", [20, 1]), ("eve", [12])]
for name, seats in bookings:
    print(name, "wants", seats, "available:", all(s in free for s in seats), "| a block of",
          len(seats), "would be", best_block(len(seats)))
    for s in seats:
        free.remove(s)
    print("  left", len(free), "free; lowest", min(free), "highest", max(free))
    print("  rows with free seats:", sorted({(s - 1) // PER_ROW for s in free}))
    print("  " + " | ".join(plan()))
print("not reached")
