# Compiles: the other program's error fails the build, not this one.
print("fine")
