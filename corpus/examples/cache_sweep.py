# An expiring cache swept in place: each sweep drops the expired keys it meets and stores a fresh
# key for each. Whether the loop survives its own refills, and what it sees, depends on where the
# dict keeps its entries: the table size, the compaction when the table is full, and how the cache
# was made (as it grew, copy() keeping its holes, dict() and update() rebuilding it compactly).


def make_cache(n, expired_first):
    cache = {}
    for i in range(n):
        cache[i] = i * i
    for k in range(expired_first):
        del cache[k]
    return cache


def rebuild(cache, how):
    if how == "copy":
        return cache.copy()
    if how == "dict":
        return dict(cache)
    if how == "update":
        fresh = {}
        fresh.update(cache)
        return fresh
    return cache


def sweep(cache, expired, refill):
    seen = []
    for key in cache:
        seen.append(key)
        if key in expired:
            del cache[key]
            cache[refill] = -1
            refill += 1
    return seen


for n, gone, how in [(4, 0, "as is"), (5, 0, "as is"), (5, 3, "as is"), (4, 2, "copy"),
                     (6, 1, "dict"), (6, 1, "update"), (7, 2, "update"), (8, 3, "dict"),
                     (9, 3, "copy"), (10, 0, "copy")]:
    cache = rebuild(make_cache(n, gone), how)
    seen = sweep(cache, {n - 1, n - 2}, 100)
    print(n, gone, how, "saw", seen, "kept", list(cache))

# popitem() gives its entry back: the next key takes the freed position, and the loop, having
# already produced as many keys as the cache had, stops there.
cache = make_cache(6, 1)
cache.popitem()
print("before", list(cache))
seen = []
for key in cache:
    seen.append(key)
    print("saw", seen)
    if key == 4:
        del cache[1]
        cache[99] = 0
