# Ends with IndexError from assigning past the end of a list: a seat map is filled by index, grown with
# append and insert, and then written one place beyond its last seat.

seats = [""] * 6
assignments = [(0, "ann"), (3, "bob"), (5, "cy"), (-1, "dee"), (-6, "eve")]
for index, name in assignments:
    previous = seats[index]
    seats[index] = name
    print(f"seat {index:>2} -> {name:<4} (was {previous or 'empty'})", seats)

empty = [i for i, who in enumerate(seats) if not who]
print("empty seats:", empty)
for i, name in zip(empty, ["fay", "gus"]):
    seats[i] = name
print("filled:", seats)
seats.append("hal")
seats.insert(2, "ivy")
print("grown to", len(seats), seats)
seats[len(seats) - 1] = "HAL"
seats[-len(seats)] = "EVE"
print("first and last rewritten:", seats[0], seats[-1])
swapped = seats[:]
swapped[1], swapped[-2] = swapped[-2], swapped[1]
print("swapped copy:", swapped)
print("original untouched:", seats)
seats[2:3] = []
print("slice removal:", seats, len(seats))
seats[100:] = ["joe"]
print("slice assignment past the end appends:", seats[-2:], len(seats))
index = seats.index("joe") + 1
print("next free index would be", index)
seats[index] = "kim"
print("not reached", seats)
