# A program of the sample project: the plugin compiles it to hello.wasm.
def greet(name: str) -> str:
    return f"Hello, {name}!"


words = "the quick brown fox jumps over the lazy dog near the dog house".split()
counts: dict[str, int] = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print(greet("Maven"))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{word:>6} {n}")
print(sum(i * i for i in range(10)), 2 ** 100)
