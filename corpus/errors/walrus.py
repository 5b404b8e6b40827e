# Assignment expressions (:=) are not supported yet.
# expect: 5:9: error: :=|assignment expression|walrus
n = 7
while n > 1:
    if (half := n // 2) > 1:
        print(half)
    n -= 1
