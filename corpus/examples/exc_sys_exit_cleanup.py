# sys.exit raises SystemExit: finally blocks run, handlers may catch it, the last one exits.
import sys

log = []


def shutdown(code):
    try:
        log.append("shutting down")
        sys.exit(code)
    finally:
        log.append("cleanup")


try:
    shutdown(4)
except SystemExit as e:
    print("caught exit", e.args, str(e), repr(e))
print(log)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", repr(e), e.args)
try:
    sys.exit("message")
except Exception:
    print("not an Exception")
except BaseException as e:
    print("a BaseException:", e)
try:
    shutdown(7)
finally:
    print("final", log)
