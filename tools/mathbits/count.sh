#!/usr/bin/env bash
# Counts, per math function, the arguments whose result under Waspy differs in any bit from
# python3's (the C library's): the figures of the root README's "Standard modules".
#   tools/mathbits/count.sh [SEED] [COUNT]
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${1:-7}
count=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$seed" "$count" > "$work/in.txt" <<'PY'
import random, sys
rnd = random.Random(int(sys.argv[1]))
print("exp expm1 log log2 log10 log1p sin cos tan asin acos atan atan2 sinh cosh tanh hypot pow")
for _ in range(int(sys.argv[2])):
    e = rnd.choice([1e-9, 1e-5, 0.01, 0.3, 1, 3, 20, 300, 700, 1000])
    print(rnd.uniform(-e, e).hex())
PY
python3 "$here/probe.py" < "$work/in.txt" > "$work/python.out"
"$root/waspy" build "$here/probe.py" -o "$work/probe.wasm" 2>/dev/null
node --single-threaded-gc "$root/tools/node/run-wasi.mjs" "$work/probe.wasm" < "$work/in.txt" > "$work/waspy.out"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
names = open(work + "/in.txt").readline().split()
a = open(work + "/python.out").read().split("\n")
b = open(work + "/waspy.out").read().split("\n")
bad = [0] * len(names)
for x, y in zip(a, b):
    for i, (p, q) in enumerate(zip(x.split(), y.split())):
        bad[i] += p != q
print(len(a) - 1, "arguments; differences:", " ".join("%s %d" % nb for nb in zip(names, bad)))
PY
