# The site builtins exit() and quit(): SystemExit as sys.exit, here with a message, which goes to
# stderr with status 1 after what was printed.
def finish(reason):
    print("finishing:", reason)
    if reason:
        quit("stopped: " + reason)
    exit(0)

print("start")
finish("")
