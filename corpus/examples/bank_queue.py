# A bank queue simulation: customers arrive on a pseudo-random schedule, tellers serve from a list queue.

seed = 4242


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % n


def simulate(tellers, minutes, verbose):
    queue = []
    busy_until = [0] * tellers
    serving = [-1] * tellers
    waits = []
    served = 0
    longest = 0
    next_id = 0
    for t in range(minutes):
        if rand(10) < 6:
            queue.append((next_id, t, 2 + rand(6)))
            next_id += 1
        for k in range(tellers):
            if busy_until[k] <= t and queue:
                cid, arrived, duration = queue.pop(0)
                waits.append(t - arrived)
                busy_until[k] = t + duration
                serving[k] = cid
                served += 1
        longest = max(longest, len(queue))
        if verbose and t % 10 == 0:
            print(f"  t={t:>3} queue={len(queue):>2} serving={serving}")
    return served, waits, longest, len(queue)


served, waits, longest, left = simulate(3, 60, True)
print("served", served, "still waiting", left, "longest queue", longest)
print("average wait %.2f, worst %d" % (sum(waits) / len(waits), max(waits)))

print("tellers  served  avg wait  longest  left")
for tellers in range(1, 7):
    seed = 4242
    served, waits, longest, left = simulate(tellers, 240, False)
    avg = sum(waits) / len(waits) if waits else 0.0
    print(f"{tellers:>7} {served:>7} {avg:>9.2f} {longest:>8} {left:>5}")

buckets = {}
seed = 4242
served, waits, longest, left = simulate(2, 240, False)
for w in waits:
    key = min(w // 5 * 5, 30)
    buckets[key] = buckets.get(key, 0) + 1
for key in sorted(buckets):
    label = f"{key}-{key + 4}" if key < 30 else "30+"
    print(f"{label:>6} {buckets[key]:>3} {'#' * (buckets[key] // 2)}")
