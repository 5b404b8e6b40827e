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
# Every static object gets a data segment of its own (-fdata-sections, --no-merge-data-segments)
# and the relocations stay in the output (--emit-relocs: custom sections linking, reloc.CODE,
# reloc.DATA): Waspy's linker reads them to keep only the static data that kept code reaches.
cflags=(--target=wasm32 -O2 -nostdlib -ffreestanding -mbulk-memory -fno-builtin-memcpy
        -fdata-sections -ffunction-sections
        -Wall -Wextra -Werror -Wno-unused-parameter -std=c11 -I "$here/include")
# wasm-ld 14 crashes writing the symbol table of --emit-relocs when code refers to one of its
# synthetic data symbols (__heap_base, __data_end): it has no segment. The runtime's reference to
# __heap_base is therefore bound to waspy_static_end instead, a one-byte zero object that the
# last input file defines: zero-initialised segments are placed last, so it lies above every
# other static object, which is all the runtime needs (the exported __heap_base stays
# wasm-ld's, at or above it).
for c in "$here"/src/*.c; do
  clang "${cflags[@]}" -D__heap_base=waspy_static_end -c "$c" -o "$obj/$(basename "${c%.c}").o"
done
# Segment names made unique per object file: else wasm-ld joins same-named ones (.rodata..L.str.3
# of every file) into one output segment (tools/UniqueSegmentNames.java says more).
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java=$JAVA_HOME/bin/java; fi
"$java" "$here/tools/UniqueSegmentNames.java" "$obj"/*.o
mkdir "$obj/last"
printf 'unsigned char waspy_static_end __attribute__((aligned(16)));\n' > "$obj/last/static_end.c"
clang "${cflags[@]}" -c "$obj/last/static_end.c" -o "$obj/last/static_end.o"
# Every rt_* function is exported through export_name attributes (WEXPORT in waspy.h); the data
# addresses of the ABI are exported here as immutable i32 globals.
mkdir -p "$(dirname "$out")"
wasm-ld --no-entry --stack-first -z stack-size=65536 \
  --no-merge-data-segments --emit-relocs \
  --export=rt_exc_addr --export=rt_none_addr --export=rt_true_addr --export=rt_false_addr \
  --export=__heap_base --export=__data_end \
  -o "$out" "$obj"/*.o "$obj/last/static_end.o"
