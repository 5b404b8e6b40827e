# Compiles, with a warning (warnAnnotations): the value disagrees with its annotation.
count: int = "three"
print(count)
