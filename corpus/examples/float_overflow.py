# Converting an int too large for a double raises OverflowError; smaller ones convert fine.

n = 10
while True:
    print("10**" + str(n), "as float:", float(10**n))
    n *= 3
