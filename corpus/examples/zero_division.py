# A true division by zero deep inside a computation ends the program with ZeroDivisionError.


def harmonic_mean(a, b):
    return 2 / (1 / a + 1 / b)


def average_speed(distance, time):
    return distance / time


print(harmonic_mean(2, 3))
print(harmonic_mean(1.5, 4.5))
for t in range(3, -1, -1):
    print("speed over", t, "hours:", average_speed(120, t))
print("not reached")
