# Variables changed inside a try before it raises are seen changed by the handler.
def accumulate(values):
    total = 0
    count = 0
    last = None
    for v in values:
        try:
            last = v
            count += 1
            total += 100 // v
            count += 10
        except ZeroDivisionError:
            total -= 1
        except TypeError:
            total -= 1000
            last = "bad"
    return total, count, last


print(accumulate([1, 2, 0, 5]))
print(accumulate([4, "x", 0]))
print(accumulate([]))


def scan(text):
    pos = 0
    words = []
    try:
        while True:
            start = pos
            while text[pos] != " ":
                pos += 1
            words.append(text[start:pos])
            pos += 1
    except IndexError:
        words.append("<" + text[start:] + ">")
    return words, pos


print(scan("alpha beta gamma"))
print(scan(""))


def steps(n):
    state = "start"
    try:
        state = "first"
        if n == 1:
            raise ValueError(state)
        state = "second"
        if n == 2:
            raise ValueError(state)
        state = "done"
    except ValueError as e:
        state = "failed after " + str(e)
    finally:
        state += "!"
    return state


print(steps(1), steps(2), steps(3))
