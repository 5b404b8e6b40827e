#!/usr/bin/env bash
# Builds runtime.wasm from src/*.c: clang (wasm32, freestanding, -O2) then wasm-ld.
# Usage: build.sh [OUTPUT]   (default: ./runtime.wasm next to this script)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here/runtime.wasm}
for tool in clang wasm-ld; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "waspy runtime: '$tool' not found. Install clang and lld (Debian: apt-get install clang lld)," >&2
    echo "or run ./run-tests, which installs them." >&2
    exit 1
  fi
done
obj=$(mktemp -d)
trap 'rm -rf "$obj"' EXIT
cflags=(--target=wasm32 -O2 -nostdlib -ffreestanding -mbulk-memory -fno-builtin-memcpy
        -Wall -Wextra -Werror -Wno-unused-parameter -std=c11 -I "$here/include")
for c in "$here"/src/*.c; do
  clang "${cflags[@]}" -c "$c" -o "$obj/$(basename "${c%.c}").o"
done
# Every rt_* function is exported through export_name attributes (WEXPORT in waspy.h); the data
# addresses of the ABI are exported here as immutable i32 globals.
mkdir -p "$(dirname "$out")"
wasm-ld --no-entry --stack-first -z stack-size=65536 \
  --export=rt_exc_addr --export=rt_none_addr --export=rt_true_addr --export=rt_false_addr \
  --export=__heap_base --export=__data_end \
  -o "$out" "$obj"/*.o
