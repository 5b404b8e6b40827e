# Intervals as tuples: merging overlaps, free slots in a calendar, coverage and point queries.

meetings = [(9, 10), (13, 15), (9.5, 11), (14, 16), (17, 17.5), (11, 11.25), (8, 8.5), (16, 16.5)]


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def fmt(t):
    hours = int(t)
    minutes = round((t - hours) * 60)
    return "%02d:%02d" % (hours, minutes)


merged = merge(meetings)
print("sorted:", sorted(meetings))
print("merged:", merged)
for s, e in merged:
    print("  busy", fmt(s), "-", fmt(e))

day = (8, 18)
free = []
cursor = day[0]
for s, e in merged:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day[1]:
    free.append((cursor, day[1]))
print("free:", ", ".join(fmt(s) + "-" + fmt(e) for s, e in free))
print("longest free slot:", max(free, key=lambda iv: iv[1] - iv[0]))
print("busy hours:", sum(e - s for s, e in merged), "free hours:", sum(e - s for s, e in free))

for t in [8.25, 9.75, 12, 15.5, 17.75]:
    inside = [iv for iv in meetings if iv[0] <= t < iv[1]]
    print(fmt(t), "in", len(inside), "meetings", inside)

events = []
for s, e in meetings:
    events.append((s, 1))
    events.append((e, -1))
events.sort()
depth = peak = 0
for t, delta in events:
    depth += delta
    if depth > peak:
        peak = depth
        when = t
print("most rooms needed:", peak, "at", fmt(when))

a = [(1, 5), (8, 12), (15, 20)]
b = [(3, 9), (11, 16), (19, 25)]
both = []
i = j = 0
while i < len(a) and j < len(b):
    lo = max(a[i][0], b[j][0])
    hi = min(a[i][1], b[j][1])
    if lo < hi:
        both.append((lo, hi))
    if a[i][1] < b[j][1]:
        i += 1
    else:
        j += 1
print("intersection of two schedules:", both)
print("union:", merge(a + b))
