# Ends with KeyError from set.remove: seats are booked from a set of free seat numbers until one is
# booked twice.

free = set(range(1, 21))
print("free seats:", free)
bookings = [("ann", [3, 4]), ("bob", [10]), ("cy", [11, 12, 13]), ("dee", [20, 1]), ("eve", [12])]
for name, seats in bookings:
    print(name, "wants", seats, "available:", all(s in free for s in seats))
    for s in seats:
        free.remove(s)
    print("  left", len(free), "free; lowest", min(free), "highest", max(free))
    print("  rows with free seats:", sorted({(s - 1) // 5 for s in free}))
print("not reached")
