# A default value is evaluated once, when the def runs: later changes to the global do not reach it.

rate = 2


def scaled(x, factor=rate):
    return x * factor


def label(n, prefix="item-" + str(rate * 10)):
    return prefix + str(n)


rate = 10
print(scaled(5), scaled(5, rate), scaled(x=1, factor=-1))
print(label(1), label(2, prefix="x"))
for i in range(3):
    rate = rate + i
    print(rate, scaled(i), scaled(i, factor=rate))
