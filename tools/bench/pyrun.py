# Runs a Python file under the interpreter that runs this script (CPython, PyPy) and times it.
#   python3 pyrun.py TIMING.json PROGRAM.py
# The program runs as __main__ with its own globals; its output goes to stdout as usual, an uncaught
# exception prints its traceback to stderr and exits with status 1. TIMING.json receives
# {"loadMs", "runMs"}: reading and compiling the source, then executing it.
import json
import sys
import time


def main():
    timing_file, program = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    with open(program, encoding="utf-8") as f:
        code = compile(f.read(), program, "exec")
    t1 = time.perf_counter()
    sys.argv = [program]
    status = 0
    try:
        exec(code, {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__})
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    t2 = time.perf_counter()
    with open(timing_file, "w") as f:
        json.dump({"loadMs": (t1 - t0) * 1000.0, "runMs": (t2 - t1) * 1000.0}, f)
    return status


sys.exit(main())
