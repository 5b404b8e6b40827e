# Digits of pi with Gibbons' unbounded spigot: arbitrary-precision integer arithmetic.
# category: numeric


def main():
    count = 3500
    q = 1
    r = 0
    t = 1
    k = 1
    n = 3
    l = 3
    emitted = 0
    line = ""
    digit_sum = 0
    while emitted < count:
        if 4 * q + r - t < n * t:
            line += str(n)
            digit_sum += n
            emitted += 1
            if emitted % 50 == 0:
                print(line)
                line = ""
            nr = 10 * (r - n * t)
            n = (10 * (3 * q + r)) // t - 10 * n
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * l
            nn = (q * (7 * k) + 2 + r * l) // (t * l)
            q *= k
            t *= l
            l += 2
            k += 1
            n = nn
            r = nr
    if line != "":
        print(line)
    print(f"digit sum: {digit_sum}")


main()
