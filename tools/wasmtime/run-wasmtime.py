"""Runs a WASI preview1 command module with wasmtime (its Python package) and exits with the module's status.

    python3 tools/wasmtime/run-wasmtime.py FILE.wasm [ARGS...]

The package is installed beside this file, in site/, from requirements.txt (./run-tests does it:
waspy_ensure_pip in scripts/env.sh). As with tools/node/run-wasi.mjs, the program sees
argv = [FILE.wasm's base name, ARGS...], the caller's stdin, stdout and stderr, and an empty
environment; its proc_exit status becomes this process's exit status, and returning from _start
means status 0.

Exit statuses that do not come from the program:
  2    usage error, wasmtime not installed, unreadable file, or a module that does not compile or link
  134  the module trapped: "run-wasmtime: trap: ..." on stderr
"""
import os
import sys

TRAP_STATUS = 134
USAGE_STATUS = 2


def fail(message):
    sys.stderr.write(f"run-wasmtime: {message}\n")
    sys.exit(USAGE_STATUS)


def main(argv):
    if len(argv) < 2:
        fail("usage: python3 run-wasmtime.py FILE.wasm [ARGS...]")
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "site"))
    try:
        import wasmtime
    except ImportError as e:
        fail(f"the wasmtime package is not installed in tools/wasmtime/site ({e})")
    path, args = argv[1], argv[2:]
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")

    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.argv = [os.path.basename(path), *args]
    wasi.inherit_stdin()
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    try:
        instance = linker.instantiate(store, wasmtime.Module(engine, data))
        start = instance.exports(store)["_start"]
    except (wasmtime.WasmtimeError, KeyError) as e:
        fail(f"{path}: {e}")
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except (wasmtime.Trap, wasmtime.WasmtimeError) as e:
        sys.stderr.write(f"run-wasmtime: trap: {str(e).splitlines()[0]}\n")
        return TRAP_STATUS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
