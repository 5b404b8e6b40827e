if x:
  a
elif y:
b
