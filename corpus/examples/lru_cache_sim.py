# An LRU cache simulated with a dict (insertion order as recency): hits, misses, evictions, hit rates.


def simulate(capacity, requests, verbose):
    cache = {}
    hits = misses = 0
    evicted = []
    for key in requests:
        if key in cache:
            hits += 1
            value = cache.pop(key)
            cache[key] = value
            event = "hit "
        else:
            misses += 1
            if len(cache) >= capacity:
                oldest = next_key(cache)
                del cache[oldest]
                evicted.append(oldest)
            cache[key] = key * key
            event = "miss"
        if verbose:
            print(f"  {key:>2} {event} {list(cache)}")
    return hits, misses, evicted


def next_key(d):
    for k in d:
        return k
    return -1


requests = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3, 7, 1, 5]
print("capacity 3:")
hits, misses, evicted = simulate(3, requests, True)
print("hits", hits, "misses", misses, "evicted", evicted)

for capacity in range(1, 8):
    h, m, e = simulate(capacity, requests, False)
    print(f"capacity {capacity}: hit rate {h / len(requests):.3f} evictions {len(e)}")

seed = 99
stream = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    r = (seed >> 16) % 100
    stream.append(r % 10 if r < 70 else r)
for capacity in [5, 10, 20, 40, 80]:
    h, m, e = simulate(capacity, stream, False)
    print(f"skewed stream, capacity {capacity:>2}: hits {h:>4} misses {m:>4} rate {h / len(stream):.2%}")

fifo = {}
fifo_hits = 0
for key in requests:
    if key in fifo:
        fifo_hits += 1
    else:
        if len(fifo) >= 3:
            fifo.pop(next_key(fifo))
        fifo[key] = True
print("FIFO hits with capacity 3:", fifo_hits, "final:", list(fifo.keys()))
d = {"a": 1, "b": 2, "c": 3}
print("popitem takes the newest:", d.popitem(), d)
