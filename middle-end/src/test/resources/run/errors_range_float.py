# range() of a value whose type is only known at run time: an int works, a float raises TypeError.
x = 3
for i in range(x):
    print(i)
x = 1.5 if x > 5 else x / 2
for i in range(x):
    print(i)
